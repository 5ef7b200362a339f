import type { Element, ElementContent } from 'hast';
import type { Task } from '../practice/schema.ts';
import { practicePath, taskAnchor } from '../practice/task-files.ts';
import type { SectionFooter } from './collapsible-sections.ts';
import { withBase } from './base-links.ts';

/**
 * "Practise this" at the end of each topic that practice tasks practise, linking to the tasks (the
 * tasks link back to their topics). Topic ids are unique across the domain pages (a content check),
 * so one map serves every page, /all-notes/ included.
 */
export function practiseLinks(tasks: readonly Task[], base: string): SectionFooter {
	const byTopic = new Map<string, Task[]>();
	for (const task of tasks) {
		for (const topic of task.topics) byTopic.set(topic, [...(byTopic.get(topic) ?? []), task]);
	}
	return (id) => {
		const practised = byTopic.get(id);
		if (!practised) return undefined;
		const links = practised.flatMap((task, index): ElementContent[] => [
			...(index > 0 ? [{ type: 'text' as const, value: ', ' }] : []),
			{
				type: 'element',
				tagName: 'a',
				properties: { href: withBase(`${practicePath(task.domain)}#${taskAnchor(task.id)}`, base) },
				children: [{ type: 'text', value: `${task.id} ${task.title}` }],
			},
		]);
		const paragraph: Element = {
			type: 'element',
			tagName: 'p',
			properties: { className: ['cks-practise'], dataPagefindIgnore: '' },
			children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: 'Practise this:' }] }, { type: 'text', value: ' ' }, ...links],
		};
		return paragraph;
	};
}
