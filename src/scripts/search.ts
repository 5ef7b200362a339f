/**
 * Keyboard use of Starlight's search dialog, on every page: `/` opens it (Starlight already
 * handles Ctrl/Cmd+K), the arrow keys move between the input and the results, Enter on a result
 * opens it and Enter in the input opens the first one. Escape closes the dialog (native `<dialog>`
 * behaviour).
 *
 * Also loads the search UI on the first sign of intent, and starts the highlighting of searched
 * terms when the page was opened from a search result.
 */
import { HIGHLIGHT_PARAM, mountSearchUi, onSearchIntent } from './search-ui.ts';

const RESULT_ITEMS = '.pagefind-ui__search-input, .cks-search-empty a, .pagefind-ui__result-link, .pagefind-ui__button';

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

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

function setUpSearchKeys(): void {
	const root = document.querySelector('site-search');
	const button = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');
	const dialog = root?.querySelector('dialog');
	if (!button || !dialog) return;

	button.setAttribute('aria-keyshortcuts', `${button.getAttribute('aria-keyshortcuts') ?? ''} /`.trim());
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		if (dialog.open || isTyping(event.target) || button.disabled) return;
		event.preventDefault();
		button.click();
	});

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

setUpSearchKeys();
onSearchIntent(() => void mountSearchUi());

const highlighted = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((term) => term.trim());
if (highlighted.length > 0) {
	void import('./search-landing.ts').then(({ highlightSearchTerms }) => highlightSearchTerms(HIGHLIGHT_PARAM));
}
