/**
 * A new version of the site is installed and waiting: brings a saved offline copy up to date in the
 * background and offers to reload. The page is never reloaded unless the reader asks.
 */
import { refreshCopy } from '../offline/copy.ts';

const NOTICE_ID = 'cks-update-notice';

export function showUpdateNotice(registration: ServiceWorkerRegistration): void {
	void refreshCopy().catch(() => undefined);
	if (document.getElementById(NOTICE_ID)) return;
	const notice = document.createElement('div');
	notice.id = NOTICE_ID;
	notice.className = 'cks-progress-message cks-update-notice';
	notice.setAttribute('role', 'status');
	const text = document.createElement('span');
	text.textContent = 'A new version of the notes is available.';
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.className = 'cks-pill-button';
	reload.textContent = 'Reload';
	reload.addEventListener('click', () => {
		const waiting = registration.waiting;
		if (!waiting) return location.reload();
		// The new worker takes over (Workbox's SKIP_WAITING message), then the page loads from it.
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		waiting.postMessage({ type: 'SKIP_WAITING' });
	});
	notice.append(text, ' ', reload);
	document.body.append(notice);
}
