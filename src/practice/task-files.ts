/**
 * The practice tasks as files, for what runs outside Astro's content layer: the content checks, the
 * sidebar counts in astro.config.mjs, and the Markdown plugin that links topics to their tasks.
 * Pages get the tasks from the `practice` content collection instead.
 */
import { parse } from 'yaml';
import { practiceDir, readContent, type Page } from '../checks/content.ts';
import { taskSchema, type Task } from './schema.ts';

export interface TaskFile {
	page: Page;
	/** The frontmatter as written; not yet checked against the schema. */
	data: Record<string, unknown>;
}

export function readTaskFiles(dir = practiceDir): TaskFile[] {
	return readContent(dir).map((page) => {
		let data: unknown;
		try {
			data = parse(page.frontmatter ?? '');
		} catch {
			data = undefined;
		}
		return { page, data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {} };
	});
}

/** The tasks whose frontmatter is valid, sorted by id. Invalid ones are the content checks' to report. */
export function readTasks(dir = practiceDir): Task[] {
	return readTaskFiles(dir)
		.flatMap(({ data }) => {
			const result = taskSchema.safeParse(data);
			return result.success ? [result.data] : [];
		})
		.sort((a, b) => compareTaskIds(a.id, b.id));
}

/** `1.2-a` before `1.10-a`: by domain, topic number, then letter. */
export function compareTaskIds(a: string, b: string): number {
	const key = (id: string) => id.split(/[.-]/).map((part) => (/^\d+$/.test(part) ? part.padStart(3, '0') : part)).join('.');
	return key(a).localeCompare(key(b));
}

/** The anchor of a task on its domain's practice page: `1.1-a` → `task-1-1-a`. */
export const taskAnchor = (id: string): string => `task-${id.replace(/\./g, '-')}`;

/** The practice page of a domain, without the base path. */
export const practicePath = (domainSlug: string): string => `/practice/${domainSlug}/`;

/** Whether a docs entry id is a domain's practice page (`practice/cluster-setup`). */
export const isPracticeDomainPage = (entryId: string): boolean => /^practice\/[a-z-]+$/.test(entryId) && !/^practice\/mock-exam-/.test(entryId);
