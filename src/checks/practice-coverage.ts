import { coverageGaps } from '../practice/coverage.ts';
import type { Page, Problem } from './content.ts';
import { isTaskPage, taskMetadata } from './practice.ts';

/** Every domain has its minimum of practice tasks, and every competency of the curriculum a task. */
export function checkPracticeCoverage(pages: Page[]): Problem[] {
	const tasks = pages.filter(isTaskPage).flatMap((page) => taskMetadata(page).task ?? []);
	return coverageGaps(tasks).map(({ domain, message }) => ({ file: `content/practice/${domain.slug}/`, line: 1, message }));
}
