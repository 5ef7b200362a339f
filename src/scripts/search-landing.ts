/**
 * Arriving from a search result (`/system-hardening/?highlight=seccom#341-seccomp-profiles`):
 * marks the searched terms in the notes with Pagefind's highlight script, opens the collapsed
 * sections that hold the target and its first match, brings that match into view, and offers a
 * button that clears the highlighting.
 */
import { openSectionsAround } from './sections.ts';

const MARK_CLASS = 'cks-search-highlight';

/** `pagefind-highlight.js`, written by Pagefind next to the index. */
interface PagefindHighlightModule {
	default: new (options: {
		highlightParam: string;
		markContext: string;
		addStyles: boolean;
		markOptions: Record<string, unknown>;
	}) => unknown;
}

function targetOfHash(): HTMLElement | null {
	const id = decodeURIComponent(location.hash.slice(1));
	return id ? document.getElementById(id) : null;
}

function isInViewport(element: Element): boolean {
	const { top, bottom } = element.getBoundingClientRect();
	return top >= 0 && bottom <= window.innerHeight;
}

function clearHighlights(bar: HTMLElement, param: string): void {
	for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
		const parent = mark.parentNode;
		mark.replaceWith(...mark.childNodes);
		parent?.normalize();
	}
	bar.remove();
	// Reloading or sharing the page should not bring the highlighting back.
	const url = new URL(location.href);
	url.searchParams.delete(param);
	history.replaceState(history.state, '', url);
}

function showClearBar(terms: string[], count: number, param: string): void {
	const bar = document.createElement('div');
	bar.className = 'cks-search-highlight-bar';
	bar.setAttribute('role', 'status');
	const label = document.createElement('span');
	label.textContent = `${count} ${count === 1 ? 'match' : 'matches'} for “${terms.join(' ')}” highlighted`;
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = 'Clear highlight';
	button.addEventListener('click', () => clearHighlights(bar, param));
	bar.append(label, button);
	document.body.append(bar);
}

export async function highlightSearchTerms(param: string): Promise<void> {
	const terms = new URLSearchParams(location.search).getAll(param).filter((term) => term.trim());
	const bundle = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/`;
	const { default: PagefindHighlight } = (await import(
		/* @vite-ignore */ `${bundle}pagefind-highlight.js`
	)) as PagefindHighlightModule;
	new PagefindHighlight({
		highlightParam: param,
		markContext: '.sl-markdown-content',
		addStyles: false,
		markOptions: {
			className: MARK_CLASS,
			// Code is split into one <span> per token; a term may span several.
			acrossElements: true,
			exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *', '.sr-only', '.sr-only *'],
		},
	});
	const marks = [...document.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)];
	if (marks.length === 0) return;

	const target = targetOfHash();
	const section = target?.closest('.cks-section');
	const first = marks.find((mark) => section?.contains(mark)) ?? marks[0];
	if (target) openSectionsAround(target);
	if (first) {
		openSectionsAround(first);
		requestAnimationFrame(() => {
			if (!isInViewport(first)) first.scrollIntoView({ block: 'center' });
		});
	}
	showClearBar(terms, marks.length, param);
}
