// whether the browser thinks it is online; carnet works the same either way, this only informs
export class NetworkState {
	online = $state(true);

	watch(): () => void {
		const update = () => (this.online = navigator.onLine);
		update();
		window.addEventListener('online', update);
		window.addEventListener('offline', update);
		return () => {
			window.removeEventListener('online', update);
			window.removeEventListener('offline', update);
		};
	}
}

export const network = new NetworkState();
