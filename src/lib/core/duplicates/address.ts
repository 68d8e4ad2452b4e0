// the street and the place together. a street line says "one household" only in one place (every
// swiss town has a Bahnhofstrasse 33), and a postcode, a city and a region mostly say one thing
// three times, so they are weighed together rather than added up.

import type { Profile } from './profile';
import { similarText, withinOneEdit } from './similarity';
import { compareStreet } from './street';
import type { Reason } from './types';
import { BITS } from './weights';

type Agreement = 'same' | 'similar' | 'different' | 'missing';

/** how two places agree; compareAddress and addressBound weigh them alike */
function placesOf(a: PlaceFields, b: PlaceFields) {
	const postcode = agreement(a.postcode, b.postcode, 'digits');
	const city = agreement(a.city, b.city, 'text');
	const region = agreement(a.region, b.region, 'exact');
	const elsewhere =
		(postcode === 'different' && city !== 'same' && city !== 'similar') ||
		(city === 'different' && postcode !== 'same' && postcode !== 'similar');
	const country =
		a.country !== '' && b.country !== '' && a.country !== b.country ? BITS.countryDifferent : 0;
	return { postcode, city, region, elsewhere, place: placeBits(postcode, city, region) + country };
}

export function compareAddress(a: Profile, b: Profile, reasons?: Reason[]): number {
	const { postcode, city, region, elsewhere, place } = placesOf(a, b);
	const street = elsewhere
		? Math.min(compareStreet(a.street, b.street), BITS.streetElsewhere)
		: compareStreet(a.street, b.street, reasons);
	const [wa, wb] = [a.written, b.written];
	if (postcode === 'same')
		reasons?.push({ code: 'same-postcode', values: [wa.postcode, wb.postcode] });
	if (city === 'same') reasons?.push({ code: 'same-city', values: [wa.city, wb.city] });
	if (city === 'similar') reasons?.push({ code: 'similar-city', values: [wa.city, wb.city] });
	if (region === 'same') reasons?.push({ code: 'same-region', values: [wa.region, wb.region] });
	return street + place;
}

/** the place of a profile: what addressBound reads */
export type PlaceFields = Pick<Profile, 'postcode' | 'city' | 'region' | 'country'>;

/**
 * the most compareAddress can give two profiles of these places: the place weighed as
 * compareAddress weighs it, the street lines (when both have one) at their best. a scan weighs its
 * candidates with this before it reads their street lines (see score-bound.ts)
 */
export function addressBound(a: PlaceFields, b: PlaceFields, streets: boolean): number {
	const { elsewhere, place } = placesOf(a, b);
	const street = streets ? (elsewhere ? BITS.streetElsewhere : BITS.streetSame) : 0;
	return street + place;
}

/**
 * the most compareAddress can give two profiles without their street lines (which give at most
 * BITS.streetSame more), for a scan that gives up on hopeless pairs
 */
export function maxPlaceBits(a: Profile, b: Profile): number {
	if (a.postcode !== '' && b.postcode !== '') return BITS.postcodeSame + BITS.placeBoth;
	if (a.city !== '' && b.city !== '') return BITS.citySame;
	if (a.region !== '' && b.region !== '') return BITS.regionSame;
	return 0;
}

function placeBits(postcode: Agreement, city: Agreement, region: Agreement): number {
	const cityAgrees = city === 'same' || city === 'similar';
	if (postcode === 'same') return BITS.postcodeSame + (cityAgrees ? BITS.placeBoth : 0);
	if (city === 'same') return BITS.citySame + (postcode === 'similar' ? BITS.placeBoth : 0);
	if (postcode === 'similar' || city === 'similar') {
		return BITS.placeSimilar + (postcode === 'similar' && cityAgrees ? BITS.placeBoth : 0);
	}
	if (region === 'same') return BITS.regionSame;
	if (postcode === 'different' || city === 'different') return BITS.placeDifferent;
	return 0;
}

function agreement(a: string, b: string, kind: 'digits' | 'text' | 'exact'): Agreement {
	if (a === '' || b === '') return 'missing';
	if (a === b) return 'same';
	// a postcode with one digit wrong or two swapped; a city with a typo
	if (kind === 'digits' && a.length === b.length && withinOneEdit(a, b)) return 'similar';
	if (kind === 'text' && similarText(a, b)) return 'similar';
	return 'different';
}
