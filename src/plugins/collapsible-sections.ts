import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginDefinition } from 'satteri';

/** Heading levels that become collapsible sections: topics (h2, "1.1") and sub-topics (h3, "3.4.1"). */
const SECTION_LEVELS = [2, 3] as const;

interface SectionHeading {
	level: number;
	heading: Element;
	/** Starlight's "Section titled …" anchor link, when heading links are on. */
	anchor: Element | undefined;
}

const isElement = (node: RootContent | ElementContent | undefined): node is Element =>
	node?.type === 'element';

function headingLevel(node: Element): number | undefined {
	const match = /^h([1-6])$/.exec(node.tagName);
	return match ? Number(match[1]) : undefined;
}

function classList(node: Element): string[] {
	const value = node.properties['className'] ?? node.properties['class'];
	if (Array.isArray(value)) return value.map(String);
	return typeof value === 'string' ? value.split(/\s+/) : [];
}

/** Recognises a bare heading or Starlight's `div.sl-heading-wrapper > hN + a.sl-anchor-link`. */
export function readSectionHeading(node: RootContent): SectionHeading | undefined {
	if (!isElement(node)) return undefined;
	const level = headingLevel(node);
	if (level !== undefined) return { level, heading: node, anchor: undefined };
	if (node.tagName !== 'div' || !classList(node).includes('sl-heading-wrapper')) return undefined;
	const children = node.children.filter(isElement);
	const heading = children.find((child) => headingLevel(child) !== undefined);
	if (!heading) return undefined;
	const anchor = children.find((child) => child.tagName === 'a');
	return { level: headingLevel(heading) ?? 0, heading, anchor };
}

/** Content to add at the end of the section whose heading has this id (e.g. links to practice tasks). */
export type SectionFooter = (id: string) => Element | undefined;

/** A control for the section whose heading has this id, shown in the heading's row (e.g. "Reviewed"). */
export type SectionControl = (id: string) => Element | undefined;

/**
 * Starlight's permalink icon is an inline SVG in every heading; sections.css shows a "#" instead,
 * which costs the page nothing per heading.
 */
function withoutInlineIcon(anchor: Element): Element {
	return {
		...anchor,
		children: anchor.children.map((child) => (isElement(child) && classList(child).includes('sl-anchor-icon') ? { ...child, children: [] } : child)),
	};
}

function section({ level, heading, anchor }: SectionHeading, body: RootContent[], footer?: SectionFooter, control?: SectionControl): Element {
	const id = heading.properties['id'];
	const end = typeof id === 'string' ? footer?.(id) : undefined;
	// Before the <details> in the DOM, so it is reached before the section's content by keyboard.
	const start = typeof id === 'string' ? control?.(id) : undefined;
	const summary: Element = {
		type: 'element',
		tagName: 'summary',
		properties: { className: ['cks-section__summary'] },
		children: [heading],
	};
	const details: Element = {
		type: 'element',
		tagName: 'details',
		properties: { className: ['cks-section__details'], open: true },
		children: [summary, ...(body as ElementContent[]), ...(end ? [end] : [])],
	};
	return {
		type: 'element',
		tagName: 'div',
		properties: { className: ['cks-section', `cks-section--h${level}`] },
		children: [...(start ? [start] : []), details, ...(anchor ? [withoutInlineIcon(anchor)] : [])],
	};
}

/**
 * Wraps each heading of `level` and the content up to the next heading of the same or a higher
 * rank in a `<details open>` whose `<summary>` is the heading, recursing into deeper levels.
 * Authors keep writing plain Markdown headings; readers get native collapsible sections that work
 * without JavaScript.
 */
export function wrapSections(nodes: RootContent[], levelIndex = 0, footer?: SectionFooter, control?: SectionControl): RootContent[] {
	const level = SECTION_LEVELS[levelIndex];
	if (level === undefined) return nodes;
	const result: RootContent[] = [];
	let index = 0;
	while (index < nodes.length) {
		const node = nodes[index] as RootContent;
		const heading = readSectionHeading(node);
		if (heading?.level !== level) {
			result.push(node);
			index += 1;
			continue;
		}
		let end = index + 1;
		while (end < nodes.length) {
			const next = readSectionHeading(nodes[end] as RootContent);
			if (next && next.level <= level) break;
			end += 1;
		}
		result.push(section(heading, wrapSections(nodes.slice(index + 1, end), levelIndex + 1, footer, control), footer, control));
		index = end;
	}
	return result;
}

export function collapsibleSectionsPlugin(footer?: SectionFooter, control?: SectionControl): HastPluginDefinition {
	return {
		name: 'cks-collapsible-sections',
		after(root: Readonly<Root>, ctx) {
			const children = [...root.children] as RootContent[];
			if (!children.some((node) => readSectionHeading(node))) return;
			ctx.replaceNode(root, { type: 'root', children: wrapSections(children, 0, footer, control) });
		},
	};
}
