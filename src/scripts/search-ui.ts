/**
 * Stands in for `@pagefind/default-ui` in Starlight's Search component (the Vite alias is in
 * `src/plugins/search.ts`).
 *
 * Starlight's component imports the Pagefind UI (about 94 KB of JavaScript) on every page, as soon
 * as the browser is idle. This stand-in takes the same constructor options but only records them;
 * the real UI is imported when the reader shows an intent to search: pointing at or focusing the
 * search button, or opening the search dialog (click, Ctrl/Cmd+K, `/`). Starlight's markup,
 * styles, translations and dialog behaviour stay as they are.
 */

/** The URL parameter that carries the searched terms to the result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

type Options = Record<string, unknown> & { processResult?: (result: SearchResult) => SearchResult | void };

interface SearchResult {
	url: string;
	meta: Record<string, string>;
}

/**
 * What differs from Starlight's options: one result per topic (the index has a record per topic,
 * so sub-results would only repeat it), result links that carry the terms to highlight, and no
 * web worker (the index is small; the worker would cost another request on the first search).
 */
const SEARCH_OPTIONS = {
	showSubResults: false,
	excerptLength: 24,
	highlightParam: HIGHLIGHT_PARAM,
	noWorker: true,
	debounceTimeoutMs: 150,
};

function searchElements() {
	const root = document.querySelector('site-search');
	return {
		button: root?.querySelector<HTMLButtonElement>('button[data-open-modal]') ?? null,
		dialog: root?.querySelector('dialog') ?? null,
	};
}

/** Calls `load` once, on the first sign that the reader is about to search. */
function onSearchIntent(load: () => void): void {
	const { button, dialog } = searchElements();
	if (!button || !dialog || dialog.open) {
		load();
		return;
	}
	const intents = ['pointerenter', 'pointerdown', 'focus'] as const;
	let observer: MutationObserver | undefined;
	const fire = () => {
		for (const type of intents) button.removeEventListener(type, fire);
		observer?.disconnect();
		load();
	};
	for (const type of intents) button.addEventListener(type, fire, { passive: true });
	observer = new MutationObserver(() => {
		if (dialog.open) fire();
	});
	observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
}

/** Says so when nothing matched, and points to the one-page view, where find in page looks inside every word. */
function watchForEmptyResults(container: Element): void {
	const { dialog } = searchElements();
	const input = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (!dialog || !input) return;
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const hint = document.createElement('p');
	hint.className = 'cks-search-empty';
	hint.hidden = true;
	const link = document.createElement('a');
	link.textContent = 'All notes on one page';
	hint.append('Try ', link, ' and your browser’s find in page (Ctrl+F or ⌘F): it also matches inside longer words.');
	container.after(hint);

	const update = () => {
		const message = container.querySelector('.pagefind-ui__message');
		const results = container.querySelector('.pagefind-ui__results');
		const empty = Boolean(message && results && results.childElementCount === 0 && input.value.trim());
		hint.hidden = !empty;
		// A text fragment makes browsers that support it scroll to the first occurrence.
		if (empty) link.href = `${base}all-notes/#:~:text=${encodeURIComponent(input.value.trim()).replace(/-/g, '%2D')}`;
	};
	new MutationObserver(update).observe(container, { childList: true, subtree: true, characterData: true });
	input.addEventListener('input', update);
}

/** On a phone, the domain filter starts collapsed so that the results show first. */
function collapseFiltersOnSmallScreens(container: Element): void {
	if (!matchMedia('(max-width: 50rem)').matches) return;
	const observer = new MutationObserver(() => {
		const filter = container.querySelector<HTMLDetailsElement>('details.pagefind-ui__filter-block');
		if (!filter) return;
		filter.open = false;
		observer.disconnect();
	});
	observer.observe(container, { childList: true, subtree: true });
}

export class PagefindUI {
	constructor(options: Options) {
		onSearchIntent(() => void this.mount(options));
	}

	private async mount(options: Options): Promise<void> {
		const { PagefindUI: DefaultUI } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
		const starlightProcessResult = options.processResult;
		new DefaultUI({
			...options,
			...SEARCH_OPTIONS,
			processResult: (result: SearchResult) => starlightProcessResult?.(result) ?? result,
		});
		const container = typeof options['element'] === 'string' ? document.querySelector(options['element']) : null;
		if (container) {
			watchForEmptyResults(container);
			collapseFiltersOnSmallScreens(container);
		}
		// Starlight focuses the input when the dialog opens; the first time, it did not exist yet.
		const { dialog } = searchElements();
		if (dialog?.open) dialog.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
	}
}
