/**
 * The Pagefind UI, loaded when the reader shows an intent to search: pointing at or focusing the
 * search button, or opening the search dialog (click, Ctrl/Cmd+K, `/`).
 *
 * Starlight's Search component imports `@pagefind/default-ui` (about 94 KB of JavaScript) on every
 * page as soon as the browser is idle. `src/plugins/search.ts` points that import at this module,
 * whose `PagefindUI` only records the options Starlight passes. Starlight's markup, styles,
 * translations and dialog behaviour stay as they are.
 */

import { matchesOnlyShorterWords, presentResult, type SearchResult } from './search-results.ts';

/** The URL parameter that carries the searched terms to the result page, for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

type Options = Record<string, unknown> & { processResult?: (result: SearchResult) => SearchResult | void };

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
	showSubResults: false,
	excerptLength: 24,
	highlightParam: HIGHLIGHT_PARAM,
	noWorker: true,
};

function searchElements() {
	const root = document.querySelector('site-search');
	return {
		button: root?.querySelector<HTMLButtonElement>('button[data-open-modal]') ?? null,
		dialog: root?.querySelector('dialog') ?? null,
	};
}

/** Calls `load` once, on the first sign that the reader is about to search. */
export function onSearchIntent(load: () => void): void {
	const { button, dialog } = searchElements();
	if (!button || !dialog) return;
	if (dialog.open) {
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

let starlightOptions: Options | undefined;
let mounted = false;

/** Starlight's stand-in: keeps the options for `mountSearchUi`. */
export class PagefindUI {
	constructor(options: Options) {
		starlightOptions = options;
	}
}

/**
 * Starlight hands its options over only once the browser is idle, which may not have happened
 * when the reader opens search (a Chromium tab with a modal dialog open can go without idle
 * time). Until then, the same options are read from Starlight's markup, as its script does.
 */
function optionsFromStarlightMarkup(): Options {
	const root = document.querySelector<HTMLElement>('site-search');
	let translations = {};
	try {
		translations = JSON.parse(root?.dataset['translations'] ?? '{}');
	} catch {}
	const stripTrailingSlash = root?.dataset['stripTrailingSlash'] !== undefined;
	const strip = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
	return {
		element: '#starlight__search',
		baseUrl: import.meta.env.BASE_URL,
		bundlePath: `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`,
		showImages: false,
		translations,
		...(stripTrailingSlash ? { processResult: (result: SearchResult) => void (result.url = strip(result.url)) } : {}),
	};
}

export async function mountSearchUi(): Promise<void> {
	// As in Starlight: the index only exists in a build; `astro dev` shows a notice instead.
	if (mounted || import.meta.env.DEV) return;
	mounted = true;
	const options = starlightOptions ?? optionsFromStarlightMarkup();
	const { PagefindUI: DefaultUI } = await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs');
	const starlightProcessResult = options.processResult;
	let searchedTerm = '';
	new DefaultUI({
		...options,
		...SEARCH_OPTIONS,
		processTerm: (term: string) => (searchedTerm = term),
		processResult: (result: SearchResult) =>
			presentResult(starlightProcessResult?.(result) ?? result, { highlightParam: HIGHLIGHT_PARAM, term: searchedTerm }),
	});
	const container = typeof options['element'] === 'string' ? document.querySelector(options['element']) : null;
	const input = container?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
	if (container && input) {
		// The Pagefind UI gives the input a placeholder and a title but no accessible name.
		input.setAttribute('aria-label', input.placeholder || 'Search');
		watchResults(container, input);
		collapseFiltersOnSmallScreens(container);
	}
	// Starlight focuses the input when the dialog opens; the first time, it did not exist yet.
	const { dialog } = searchElements();
	if (dialog?.open) input?.focus();
}
