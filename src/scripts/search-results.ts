/** How a search result is shown: helpers for the Pagefind UI's `processResult`. */

/** The parts of a Pagefind result that the site reads or changes. */
export interface SearchResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	anchors?: { element: string; id: string; text: string; location: number }[];
}

/** Excerpt HTML from Pagefind: text with `<mark>` around matches, `<` and `>` escaped as entities. */
const EXCERPT_TOKENS = /<\/?mark>|&(?:lt|gt|amp|quot);|[^]/gi;
const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/**
 * A topic's record starts with its heading, so an excerpt often starts by repeating the result's
 * title. Drops that repetition, unless the heading holds the only match: the excerpt must still
 * show the match marked.
 */
export function withoutLeadingHeading(excerpt: string, heading: string): string {
	const tokens = excerpt.match(EXCERPT_TOKENS) ?? [];
	const expected = heading.trim().toLowerCase();
	let read = '';
	let markOpen = false;
	let index = 0;
	for (; index < tokens.length && read.length < expected.length; index += 1) {
		const token = tokens[index] as string;
		if (token.toLowerCase() === '<mark>') markOpen = true;
		else if (token.toLowerCase() === '</mark>') markOpen = false;
		else read += (ENTITIES[token] ?? token).toLowerCase();
	}
	if (read !== expected) return excerpt;
	// Pagefind ends a heading's text with a full stop; skip it, and the space after it.
	while (index < tokens.length && /^[.\s]$/.test(tokens[index] as string)) index += 1;
	while (tokens[index]?.toLowerCase() === '</mark>') {
		markOpen = false;
		index += 1;
	}
	const rest = (markOpen ? '<mark>' : '') + tokens.slice(index).join('');
	return rest.includes('<mark>') ? rest : excerpt;
}

/**
 * The heading a record starts with: a topic's first anchor; a practice task's title without
 * "Practice " (its heading is a paragraph in the index, see src/plugins/search-index.ts).
 */
export function leadingHeading(result: SearchResult): string | undefined {
	const task = result.meta['task'];
	if (task) return task.replace(/^Practice /, '');
	return result.anchors?.find((anchor) => anchor.location === 0)?.text;
}

/**
 * Pagefind puts the terms to highlight into result links after dropping their punctuation
 * (`--audit-log-maxage` becomes `auditlogmaxage`), which the result page cannot find. The link
 * carries the terms as the reader typed them instead.
 */
export function withHighlightTerms(url: string, param: string, term: string): string {
	const terms = term.split(/\s+/).filter(Boolean);
	if (terms.length === 0) return url;
	const parsed = new URL(url, 'https://example.invalid');
	parsed.searchParams.delete(param);
	for (const word of terms) parsed.searchParams.append(param, word);
	return /^https?:/.test(url) ? parsed.href : parsed.href.slice(parsed.origin.length);
}

/**
 * The index has a space after each `=` inside a word, so that flag values are words of their own
 * (`splitFlagValues` in src/plugins/search-index.ts). Excerpts show the text as written:
 * `--audit-log-path=/var/log/…`, not `--audit-log-path= /var/log/…`.
 */
export function withoutIndexSpacing(excerpt: string): string {
	return excerpt.replace(/(\S=(?:<\/mark>)?) /g, '$1');
}

export function presentResult(result: SearchResult, highlight?: { highlightParam: string; term: string }): SearchResult {
	// A practice task's title is its `task` metadata (src/plugins/search-index.ts).
	if (result.meta['task']) result.meta['title'] = result.meta['task'];
	const heading = leadingHeading(result);
	if (heading) result.excerpt = withoutLeadingHeading(result.excerpt, heading);
	result.excerpt = withoutIndexSpacing(result.excerpt);
	if (highlight) result.url = withHighlightTerms(result.url, highlight.highlightParam, highlight.term);
	return result;
}

const normalizeWord = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}_]/gu, '');

/**
 * Pagefind answers a word it does not know with the results for the longest known word that
 * starts it: `falko` finds `-f`. True when no marked word in the results shares the start of any
 * searched term, that is when the results only match such a shorter word.
 */
export function matchesOnlyShorterWords(term: string, markedWords: string[]): boolean {
	const terms = term.split(/\s+/).map(normalizeWord).filter(Boolean);
	const words = markedWords.map(normalizeWord).filter(Boolean);
	if (terms.length === 0 || words.length === 0) return false;
	return !terms.some((searched) => words.some((word) => word.startsWith(searched.slice(0, 4))));
}
