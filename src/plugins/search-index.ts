import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';

/** One search result: a collapsible section of a domain page, or the page's opening. */
export interface TopicRecord {
	/** Site-relative URL without the base path: `/system-hardening/#341-seccomp-profiles`. */
	url: string;
	/** What the result shows: the topic's heading, `3.4.1 Seccomp profiles`. */
	title: string;
	/** A small HTML document holding the section's own content, for Pagefind's `index.addHTMLFile`. */
	html: string;
}

export interface DomainPage {
	/** Path of the page from the site root, without the base path: `/system-hardening/`. */
	path: string;
	/** The domain as results and the domain filter name it: `3. System Hardening`. */
	domain: string;
}

const TOPIC_NUMBER = /^\d+(?:\.\d+)+(?=\s)/;

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';
const hasClass = (node: Element, name: string) => {
	const value = node.properties['className'];
	return Array.isArray(value) && value.includes(name);
};
const isSection = (node: ElementContent): node is Element =>
	isElement(node) && node.tagName === 'div' && hasClass(node, 'cks-section');
const childElement = (node: Element, tagName: string) =>
	node.children.find((child): child is Element => isElement(child) && child.tagName === tagName);

/**
 * Pagefind splits words at whitespace only, so `--audit-log-path=/var/log/audit.log` and
 * `NodeRestriction,ImagePolicyWebhook` would each be one word that only a query for its start
 * finds. A space after `=` and `,` inside a token makes flag values and list items words of their
 * own. `-`, `.`, `/` and `:` stay inside words: Pagefind indexes `--audit-log-path` both whole
 * (as `auditlogpath`) and by its parts, and normalises a query the same way, so flags, IPs, paths
 * and apiVersions are found whether typed with their punctuation or without.
 */
export function splitFlagValues(text: string): string {
	return text.replace(/([=,])(?=\S)/g, '$1 ');
}

function splitTextNodes(node: ElementContent): ElementContent {
	if (node.type === 'text') return { ...node, value: splitFlagValues(node.value) };
	if (node.type === 'element') return { ...node, children: node.children.map(splitTextNodes) };
	return node;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a record is: a topic of the notes or a practice task's statement (the `type` filter). */
export type RecordType = 'Notes' | 'Practice';

/** "Practice 1.1-a Deny all ingress" → "Practice 1.1-a". */
const taskLabel = (title: string) => title.split(' ').slice(0, 2).join(' ');

function recordHtml(lang: string, title: string, domain: string, content: ElementContent[], type: RecordType = 'Notes'): string {
	// Title and domain are metadata only (`data-pagefind-ignore` keeps them out of the indexed
	// words and excerpts); the heading inside `content` is what gets indexed, with Pagefind's
	// heading weight.
	return (
		`<!doctype html><html lang="${escapeHtml(lang)}"><head><title>${escapeHtml(type === 'Practice' ? taskLabel(title) : title)}</title></head>` +
		`<body><main data-pagefind-body>` +
		// A task's title would rank it above the topic it practises (Pagefind boosts matches in the
		// `title` metadata, which it takes from <title>): a task's <title> is "Practice 1.1-a" and its
		// full title is the `task` metadata, which the search UI shows as its title.
		`<p data-pagefind-ignore><span data-pagefind-meta="${type === 'Practice' ? 'task' : 'title'}">${escapeHtml(title)}</span>` +
		`<span data-pagefind-meta="domain" data-pagefind-filter="domain">${escapeHtml(domain)}</span>` +
		`<span data-pagefind-filter="type">${type}</span></p>` +
		`${toHtml(content.map(splitTextNodes))}</main></body></html>`
	);
}

/** Pagefind weight of a practice task's words, against 1 for the notes' text. */
const TASK_WEIGHT = 0.2;

interface SectionParts {
	details: Element;
	summary: Element;
	heading: Element;
	id: string;
	/** The heading's text: `3.4.1 Seccomp profiles`, `Admission controller`. */
	text: string;
	/** The topic number the heading starts with, if any: `3.4.1`. */
	number: string | undefined;
}

function sectionParts(section: Element): SectionParts | undefined {
	const details = childElement(section, 'details');
	const summary = details && childElement(details, 'summary');
	const heading = summary && select('h2, h3, h4, h5, h6', summary);
	const id = heading?.properties['id'];
	if (!details || !summary || !heading || typeof id !== 'string') return undefined;
	const text = toString(heading).trim();
	return { details, summary, heading, id, text, number: TOPIC_NUMBER.exec(text)?.[0] };
}

/**
 * What a topic's record indexes: the topic's own content, with the unnumbered sub-sections in it
 * (headings and all, like "Step 1" or "UFW"), but not its numbered sub-topics, which are records
 * of their own.
 */
function recordContent({ details, summary }: SectionParts): ElementContent[] {
	return details.children.flatMap((child): ElementContent[] => {
		if (child === summary) return [];
		if (!isSection(child)) return [child];
		const sub = sectionParts(child);
		return sub && !sub.number ? [sub.heading, ...recordContent(sub)] : [];
	});
}

/**
 * Splits a built domain page into one search record per numbered topic (1.1, 3.4.1, ...), plus
 * one for the page's opening and one for each unnumbered top-level section.
 *
 * Pagefind ranks pages, and a domain page holds a dozen topics: page-level ranking would put
 * "the domain that mentions a term most" first instead of "the topic that explains it". A record
 * per topic lets Pagefind rank topics, keeps each excerpt inside the topic its result links to,
 * and keeps the fragments a search downloads small. A topic's unnumbered sub-sections belong to
 * its record, so that every result links to the numbered topic that holds the match. Returns
 * nothing for a page without `data-pagefind-body` (Starlight leaves it off pages with
 * `pagefind: false`).
 */
export function topicRecords(pageHtml: string, page: DomainPage): TopicRecord[] {
	const tree = fromHtml(pageHtml);
	const lang = String(select('html', tree)?.properties['lang'] ?? 'en');
	const content = select('main[data-pagefind-body] .sl-markdown-content', tree);
	const pageTitle = select('main[data-pagefind-body] h1', tree);
	if (!content) return [];
	const records: TopicRecord[] = [];

	const opening = content.children.filter((child) => !isSection(child));
	if (pageTitle) {
		records.push({ url: page.path, title: page.domain, html: recordHtml(lang, page.domain, page.domain, [pageTitle, ...opening]) });
	}

	const visit = (nodes: ElementContent[], insideTopic: boolean) => {
		for (const section of nodes.filter(isSection)) {
			const parts = sectionParts(section);
			if (!parts || (insideTopic && !parts.number)) continue;
			const { heading, id, text } = parts;
			records.push({ url: `${page.path}#${id}`, title: text, html: recordHtml(lang, text, page.domain, [heading, ...recordContent(parts)]) });
			visit(parts.details.children, insideTopic || parts.number !== undefined);
		}
	};
	visit(content.children, false);
	return records;
}

/**
 * One record per practice task of a domain's practice page: its title and its statement only.
 * Setup, solution and verification are left out, so no excerpt gives an answer away.
 */
export function taskRecords(pageHtml: string, page: DomainPage): TopicRecord[] {
	const tree = fromHtml(pageHtml);
	const lang = String(select('html', tree)?.properties['lang'] ?? 'en');
	const main = select('main[data-pagefind-body]', tree);
	if (!main) return [];
	const records: TopicRecord[] = [];
	const visit = (node: Element) => {
		if (node.tagName === 'article' && hasClass(node, 'cks-task')) {
			const id = node.properties['id'];
			const heading = select('h2', node);
			const statement = select('[data-task-statement]', node);
			if (typeof id !== 'string' || !heading || !statement) throw new Error(`${page.path}: a practice task without id, heading or statement`);
			const title = `Practice ${toString(heading).replace(/\s+/g, ' ').trim()}`;
			// Below the notes in ranking: a query for a topic finds the topic first, its tasks after. The
			// task's heading is a paragraph here, so Pagefind gives it no heading weight either.
			const body: Element = {
				type: 'element',
				tagName: 'div',
				properties: { dataPagefindWeight: String(TASK_WEIGHT) },
				children: [{ ...heading, tagName: 'p' }, ...statement.children.filter((child) => !(isElement(child) && child.tagName === 'h3'))],
			};
			records.push({ url: `${page.path}#${id}`, title, html: recordHtml(lang, title, page.domain, [body], 'Practice') });
			return;
		}
		for (const child of node.children) if (isElement(child)) visit(child);
	};
	visit(main);
	return records;
}
