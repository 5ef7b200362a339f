import type { Element } from 'hast';
import type { SectionControl } from './collapsible-sections.ts';

/**
 * The "Reviewed" toggle in the heading row of each numbered topic (`topics`: by heading id).
 * It is in the HTML so that it takes its place with the page (no layout shift); CSS shows it only
 * where scripts run and hides it on paper, and src/scripts/progress-marks.ts makes it work.
 */
export function reviewMarks(topics: ReadonlyMap<string, { id: string; title: string }>): SectionControl {
	return (anchor) => {
		const topic = topics.get(anchor);
		if (topic === undefined) return undefined;
		const { id, title } = topic;
		return {
			type: 'element',
			tagName: 'button',
			properties: { type: 'button', className: ['cks-mark'], dataCksTopic: id, 'aria-pressed': 'false', dataPagefindIgnore: '' },
			children: [
				{ type: 'element', tagName: 'span', properties: { className: ['cks-mark__text'] }, children: [{ type: 'text', value: 'Reviewed' }] },
				{ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: ` ${title}` }] },
			],
		} satisfies Element;
	};
}
