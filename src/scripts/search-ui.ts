/**
 * The Pagefind UI in Starlight's search dialog, loaded by src/scripts/search.ts when the reader
 * shows an intent to search (pointing at or focusing the search button, or opening the dialog):
 * the UI's script, its styles and then the index, none of them before.
 */
import resultsStylesheet from '../styles/search-results.css?url';
import { enableResultKeys } from './search-keys.ts';
import { matchesOnlyShorterWords, presentResult, type SearchResult } from './search-results.ts';

/** Where Starlight's dialog holds the Pagefind UI. */
const SEARCH_ELEMENT = '#starlight__search';

/**
 * What differs from Starlight's options: one result per topic (the index has a record per topic,
 * so sub-results would only repeat it), result links that carry the terms to highlight, no web
 * worker (the index is small; the worker would cost another request on the first search), and
 * less weight on record length: topics range from a few lines to a few screens, and Pagefind's
 * default (0.75) puts a short topic that mentions a term once above the long topic about it
 * (0.4 to 0.5 rank the most queries of e2e/search.spec.ts first).
 */
const SEARCH_OPTIONS = {
	ranking: { pageLength: 0.45 },
	// Two filter groups (domain, type): Pagefind folds them all unless named; phones fold them again.
	openFilters: ['domain', 'type'],
	showSubResults: false,
	excerptLength: 24,
	noWorker: true,
};

/**
 * Announces the result count to screen readers (the Pagefind UI shows it but does not announce
 * it), and, with no result or results that only match a shorter word (see
 * `matchesOnlyShorterWords`), points to the one-page view, where the browser's find in page also
 * matches inside longer words.
 */
function watchResults(container: Element, input: HTMLInputElement): void {
	const status = document.createElement('p');
	status.className = 'sr-only';
	status.setAttribute('role', 'status');
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const hint = document.createElement('p');
	hint.className = 'cks-search-empty';
	hint.hidden = true;
	const lead = document.createElement('span');
	const link = document.createElement('a');
	link.textContent = 'All notes on one page';
	hint.append(lead, 'Try ', link, ' with your browser’s find in page (Ctrl+F or ⌘F): it also matches inside longer words.');
	container.after(status);

	const update = () => {
		const term = input.value.trim();
		const message = container.querySelector('.pagefind-ui__message');
		const results = container.querySelector('.pagefind-ui__results');
		const loading = container.querySelector('.pagefind-ui__result .pagefind-ui__loading');
		if (!term || !message || !results || loading) {
			hint.hidden = true;
			return;
		}
		// Right under the result count, above the results it qualifies. The Pagefind UI re-renders
		// that area, so the hint is put back when it is not in place.
		if (message.nextElementSibling !== hint) message.after(hint);
		if (status.textContent !== message.textContent) status.textContent = message.textContent;
		const marked = [...results.querySelectorAll('.pagefind-ui__result-excerpt mark')].map((mark) => mark.textContent ?? '');
		const empty = results.childElementCount === 0;
		const nearOnly = !empty && matchesOnlyShorterWords(term, marked);
		hint.hidden = !empty && !nearOnly;
		const leadText = nearOnly ? `No topic contains “${term}”; these results match the start of it. ` : '';
		// The hint is inside the observed area: change it only when needed, or the observer loops.
		if (lead.textContent !== leadText) lead.textContent = leadText;
		// A text fragment makes browsers that support it scroll to the first occurrence.
		link.href = `${base}all-notes/#:~:text=${encodeURIComponent(term).replace(/-/g, '%2D')}`;
	};
	new MutationObserver(update).observe(container, { childList: true, subtree: true, characterData: true });
	input.addEventListener('input', update);
}

/** On a phone, the filters (domain, type) start collapsed so that the results show first. */
function collapseFiltersOnSmallScreens(container: Element): void {
	if (!matchMedia('(max-width: 50rem)').matches) return;
	const observer = new MutationObserver(() => {
		const filters = container.querySelectorAll<HTMLDetailsElement>('details.pagefind-ui__filter-block');
		if (filters.length < 2) return;
		for (const filter of filters) filter.open = false;
		observer.disconnect();
	});
	observer.observe(container, { childList: true, subtree: true });
}

/** The UI strings Starlight renders into its search component, as it passes them to the Pagefind UI. */
function starlightTranslations(): Record<string, string> {
	try {
		return JSON.parse(document.querySelector<HTMLElement>('site-search')?.dataset['translations'] ?? '{}');
	} catch {
		return {};
	}
}

/** Resolves once the stylesheet has loaded (or failed to: the results then show unstyled). */
function loadStylesheet(href: string): Promise<void> {
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	const loaded = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
	});
	document.head.append(link);
	return loaded;
}

/** Called once, on the first sign of intent (src/scripts/search.ts). */
export async function mountSearchUi(highlightParam: string): Promise<void> {
	const [{ PagefindUI }] = await Promise.all([
		import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'),
		loadStylesheet(resultsStylesheet),
	]);
	let searchedTerm = '';
	new PagefindUI({
		element: SEARCH_ELEMENT,
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		translations: starlightTranslations(),
		...SEARCH_OPTIONS,
		highlightParam,
		processTerm: (term: string) => (searchedTerm = term),
		processResult: (result: SearchResult) => presentResult(result, { highlightParam, term: searchedTerm }),
	});
	const container = document.querySelector(SEARCH_ELEMENT);
	const input = container?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (container && input) {
		// The Pagefind UI gives the input a placeholder and a title but no accessible name.
		input.setAttribute('aria-label', input.placeholder || 'Search');
		watchResults(container, input);
		collapseFiltersOnSmallScreens(container);
	}
	const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
	if (dialog) enableResultKeys(dialog);
	// The dialog focuses the input when it opens; the first time, the input did not exist yet.
	if (dialog?.hasAttribute('open')) input?.focus();
}
