/** A short message about saving progress, shown at the bottom of the page and read by screen readers. */
export const PROGRESS_MESSAGES = {
	blocked: 'Progress cannot be saved in this browser: marks last until you leave the page.',
	unreadable: 'Your saved progress could not be read; it is kept aside (see My progress).',
} as const;

export function showProgressMessage(text: string): void {
	let toast = document.getElementById('cks-progress-message');
	if (!toast) {
		toast = document.createElement('div');
		toast.id = 'cks-progress-message';
		toast.className = 'cks-progress-message';
		toast.setAttribute('role', 'status');
		document.body.append(toast);
	}
	toast.textContent = text;
	toast.hidden = false;
	clearTimeout(Number(toast.dataset['timer']));
	toast.dataset['timer'] = String(setTimeout(() => (toast.hidden = true), 8000));
}
