/**
 * Starlight route middleware: a domain's practice page lists its tasks in "On this page". Its tasks
 * are rendered by a component, so Starlight finds no Markdown headings to list.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { compareTaskIds, isPracticeDomainPage, taskAnchor } from './practice/task-files.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc || !isPracticeDomainPage(route.id)) return;
	const domain = route.id.slice('practice/'.length);
	const tasks = (await getCollection('practice', ({ data }) => data.domain === domain)).map(({ data }) => data).sort((a, b) => compareTaskIds(a.id, b.id));
	const [overview] = route.toc.items;
	route.toc.items = [
		...(overview ? [overview] : []),
		...tasks.map((task) => ({ depth: 2, slug: `${taskAnchor(task.id)}-title`, text: `${task.id} ${task.title}`, children: [] })),
	];
});
