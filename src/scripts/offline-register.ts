/**
 * Registers the service worker once the page has loaded (src/offline/service-worker.ts): from then on the
 * pages a reader opens are kept for offline reading; nothing else is downloaded without asking. A new
 * deploy installs a new worker, which waits; the notice that offers it loads only then.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

const offerUpdate = (registration: ServiceWorkerRegistration) =>
	void import('./offline-update.ts').then(({ showUpdateNotice }) => showUpdateNotice(registration));

async function register(): Promise<void> {
	// Undefined where registration is refused (some private modes, blocked site data, test browsers).
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
	if (!registration) return;
	const replacing = () => Boolean(navigator.serviceWorker.controller);
	if (registration.waiting && replacing()) offerUpdate(registration);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && replacing()) offerUpdate(registration);
		});
	});
}

if ('serviceWorker' in navigator) {
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
