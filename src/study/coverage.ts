/** How much of one domain is covered: the sidebar shows it on every page, "My progress" in full. */
import type { StudyDomain } from './catalogue.ts';
import type { Progress } from './progress-schema.ts';
import { isReviewed, isSolved } from './progress.ts';

const share = (done: number, total: number): number => (total === 0 ? 1 : done / total);

/** `coverage` is 0-1: (reviewed / topics + solved / tasks) / 2; a part with nothing in it counts as done. */
export function domainCoverage(domain: StudyDomain, progress: Progress): { reviewed: number; solved: number; coverage: number } {
	const reviewed = domain.topics.filter((id) => isReviewed(progress, id)).length;
	const solved = domain.tasks.filter((id) => isSolved(progress, id)).length;
	return { reviewed, solved, coverage: (share(reviewed, domain.topics.length) + share(solved, domain.tasks.length)) / 2 };
}
