// typed arrays that grow as a scan appends to them: a million contacts' numbers in one buffer
// instead of a million boxed numbers in a js array

type Typed = Float64Array | Uint32Array | Uint8Array;

abstract class Growable<T extends Typed> {
	protected data: T;
	length = 0;

	constructor(capacity: number) {
		this.data = this.allocate(Math.max(16, capacity));
	}

	protected abstract allocate(capacity: number): T;

	push(value: number): void {
		if (this.length === this.data.length) {
			// half again: a doubling would leave up to half of a big buffer unused
			const bigger = this.allocate(Math.ceil(this.data.length * 1.5));
			bigger.set(this.data);
			this.data = bigger;
		}
		this.data[this.length++] = value;
	}

	/** pushes every value of `values` */
	append(values: ArrayLike<number>): void {
		if (this.length + values.length > this.data.length) {
			const bigger = this.allocate(Math.ceil((this.length + values.length) * 1.5));
			bigger.set(this.data.subarray(0, this.length));
			this.data = bigger;
		}
		for (let k = 0; k < values.length; k++) this.data[this.length++] = values[k] ?? 0;
	}

	/** forgets the values, keeping the room for the next ones */
	clear(): void {
		this.length = 0;
	}

	at(index: number): number {
		return this.data[index] ?? 0;
	}

	/** the values pushed so far (shares the buffer: read it before the next push) */
	view(): T {
		return this.data.subarray(0, this.length) as T;
	}

	/** the bytes the buffer takes, unused room included */
	get bytes(): number {
		return this.data.byteLength;
	}

	/** gives the memory back */
	release(): void {
		this.data = this.allocate(0);
		this.length = 0;
	}
}

export class GrowableFloat64 extends Growable<Float64Array> {
	protected allocate(capacity: number): Float64Array {
		return new Float64Array(capacity);
	}
}

export class GrowableUint32 extends Growable<Uint32Array> {
	protected allocate(capacity: number): Uint32Array {
		return new Uint32Array(capacity);
	}
}

export class GrowableUint8 extends Growable<Uint8Array> {
	protected allocate(capacity: number): Uint8Array {
		return new Uint8Array(capacity);
	}
}
