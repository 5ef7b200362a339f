/**
 * Keys in the search dialog, set up with the search UI: the arrow keys between the input and the
 * results, Enter on a result to open it and Enter in the input to open the first one.
 */

const RESULT_ITEMS = '.pagefind-ui__search-input, .cks-search-empty a, .pagefind-ui__result-link, .pagefind-ui__button';

/** The results shown are those for `term` and have loaded: their message names the term. */
function resultsShownFor(dialog: HTMLDialogElement, term: string): boolean {
	const message = dialog.querySelector('.pagefind-ui__message')?.textContent ?? '';
	const loading = dialog.querySelector('.pagefind-ui__result .pagefind-ui__loading');
	return /^(No results|\d+ results?) for /.test(message) && message.endsWith(` for ${term}`) && !loading;
}

/**
 * Enter in the input opens the first result for what was typed, once that result is shown: a
 * reader who types fast and presses Enter at once should not land on the result of a shorter
 * query, nor on nothing.
 */
function openFirstResult(dialog: HTMLDialogElement, term: string): void {
	const open = () => {
		if (!resultsShownFor(dialog, term)) return false;
		dialog.querySelector<HTMLAnchorElement>('.pagefind-ui__result-link')?.click();
		return true;
	};
	if (open()) return;
	const observer = new MutationObserver(() => {
		if (open()) observer.disconnect();
	});
	observer.observe(dialog, { childList: true, subtree: true, characterData: true });
	setTimeout(() => observer.disconnect(), 5000);
}

/** Adds the keys to the dialog; called once, when the search UI mounts. */
export function enableResultKeys(dialog: HTMLDialogElement): void {
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Enter') return;
		const items = [...dialog.querySelectorAll<HTMLElement>(RESULT_ITEMS)].filter((item) => item.offsetParent !== null);
		const input = items.find((item) => item instanceof HTMLInputElement);
		const current = items.indexOf(document.activeElement as HTMLElement);
		if (event.key === 'Enter') {
			if (input instanceof HTMLInputElement && event.target === input && input.value.trim()) {
				event.preventDefault();
				openFirstResult(dialog, input.value);
			}
			return;
		}
		if (current === -1) return;
		event.preventDefault();
		const next = items[Math.min(Math.max(current + (event.key === 'ArrowDown' ? 1 : -1), 0), items.length - 1)];
		next?.focus();
		next?.scrollIntoView({ block: 'nearest' });
	});
}
