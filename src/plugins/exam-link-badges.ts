import type { Element } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { isAllowedInExam } from '../exam-resources.ts';

const isExternal = (href: string) => /^https?:\/\//.test(href);

/** The badge after an external link: visible mark, spoken label, kept out of search excerpts. */
export function examBadge(href: string): Element {
	const allowed = isAllowedInExam(href);
	return {
		type: 'element',
		tagName: 'span',
		properties: {
			className: ['cks-exam-badge', allowed ? 'cks-exam-badge--allowed' : 'cks-exam-badge--not-allowed'],
			dataPagefindIgnore: '',
		},
		children: [
			{
				type: 'element',
				tagName: 'span',
				properties: { ariaHidden: 'true' },
				children: [{ type: 'text', value: allowed ? 'exam ✓' : 'not in exam' }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { className: ['sr-only'] },
				children: [{ type: 'text', value: allowed ? ' (allowed in the exam)' : ' (not allowed in the exam)' }],
			},
		],
	};
}

/** Marks every external reference link as allowed during the CKS exam or not. */
export function examLinkBadgesPlugin(): HastPluginDefinition {
	return {
		name: 'cks-exam-link-badges',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string' || !isExternal(href)) return;
				ctx.appendChild(node, examBadge(href));
			},
		},
	};
}
