/**
 * The setup scripts: `/practice/setup/<task id>.sh` for each practice task, and
 * `/practice/setup/<mock exam>.sh` with every task of a mock exam, to run before starting it.
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPage } from '../../../checks/content.ts';
import { mockExams } from '../../../practice/mock-exams.ts';
import { setupScript } from '../../../practice/setup-script.ts';

const scriptOf = (entry: CollectionEntry<'practice'>): string => {
	const file = entry.filePath ?? `content/practice/${entry.data.domain}/${entry.data.id}.mdx`;
	return setupScript(entry.data, readPage(file, readFileSync(file, 'utf8')));
};

export const getStaticPaths = (async () => {
	const entries = await getCollection('practice');
	const byId = new Map(entries.map((entry) => [entry.data.id, entry]));
	const tasks = entries.map((entry) => ({ params: { script: `${entry.data.id}.sh` }, props: { body: scriptOf(entry) } }));
	const exams = mockExams.map((exam) => {
		const scripts = exam.tasks.map((id) => {
			const entry = byId.get(id);
			if (!entry) throw new Error(`src/practice/mock-exams.ts: ${exam.title} names task ${id}, which does not exist`);
			return scriptOf(entry).replace(/^#!.*\n/, '');
		});
		const header = `#!/usr/bin/env bash\n# CKS Notes ${exam.title}: the setup of all ${exam.tasks.length} tasks. Run it before you start the timer.\n`;
		return { params: { script: `${exam.slug}.sh` }, props: { body: [header, ...scripts].join('\n# ----------------------------------------------------------------\n') } };
	});
	return [...tasks, ...exams];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: string }> = ({ props }) =>
	new Response(props.body, { headers: { 'Content-Type': 'text/x-shellscript; charset=utf-8' } });
