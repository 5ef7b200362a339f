/**
 * What there is to study, per domain: the numbered topics of its notes page and its practice tasks.
 * Built once at build time from the content; the progress scripts receive it as a bundled module
 * (`virtual:cks-study-catalogue`) and the "My progress" page renders from it.
 */
import GithubSlugger from 'github-slugger';
import { contentDir, readContent, type Page } from '../checks/content.ts';
import { domains } from '../domains.ts';
import { readTasks, taskAnchor } from '../practice/task-files.ts';

export interface CatalogueItem {
	/**
	 * What a mark is kept under: a topic's number (`1.1`, `3.4.1`), which survives a reworded
	 * heading; a task's id (`1.1-a`).
	 */
	id: string;
	/** `1.1 Network security policies`, `1.1-a Default deny in a namespace, ...` */
	title: string;
	/** The topic's heading id on its domain page, or the task's anchor on its practice page. */
	anchor: string;
}

export interface CatalogueDomain {
	slug: string;
	number: number;
	title: string;
	/** Percent of the exam's points. */
	weight: number;
	topics: CatalogueItem[];
	tasks: CatalogueItem[];
}

export type TitledCatalogue = CatalogueDomain[];

/** What the scripts need: ids only (titles are on the pages). */
export interface StudyDomain {
	slug: string;
	weight: number;
	topics: string[];
	tasks: string[];
}

export type StudyCatalogue = StudyDomain[];

export const idsOnly = (catalogue: TitledCatalogue): StudyCatalogue =>
	catalogue.map(({ slug, weight, topics, tasks }) => ({ slug, weight, topics: topics.map(({ id }) => id), tasks: tasks.map(({ id }) => id) }));

const NUMBERED = /^(\d+(?:\.\d+)+)\s/;

/**
 * The numbered h2 and h3 topics of a domain page, with the ids Starlight gives their headings. A
 * numbered h3 under an unnumbered h2 ("Topics no longer in the curriculum") is not studied.
 */
export function numberedTopics(page: Page): CatalogueItem[] {
	const slugger = new GithubSlugger();
	const topics: CatalogueItem[] = [];
	let inCurriculum = false;
	for (const { depth, text } of page.headings.filter(({ depth }) => depth === 2 || depth === 3)) {
		const anchor = slugger.slug(text);
		const number = NUMBERED.exec(text)?.[1];
		if (depth === 2) inCurriculum = number !== undefined;
		if (inCurriculum && number) topics.push({ id: number, title: text, anchor });
	}
	return topics;
}

export function readCatalogue(): TitledCatalogue {
	const pages = readContent(contentDir);
	const tasks = readTasks();
	return domains.map((domain) => {
		const page = pages.find(({ file }) => file === `content/docs/${domain.slug}.mdx`);
		if (!page) throw new Error(`no notes page content/docs/${domain.slug}.mdx`);
		return {
			slug: domain.slug,
			number: domain.number,
			title: domain.title,
			weight: domain.weight,
			topics: numberedTopics(page),
			tasks: tasks.filter((task) => task.domain === domain.slug).map((task) => ({ id: task.id, title: `${task.id} ${task.title}`, anchor: taskAnchor(task.id) })),
		};
	});
}
