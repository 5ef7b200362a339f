/** How much of one domain is covered: the sidebar shows it on every page, "My progress" in full. */
import type { StudyDomain } from './catalogue.ts';
import type { Progress } from './progress-schema.ts';
import { isReviewed, isSolved } from './progress.ts';

const share = (done: number, total: number): number => (total === 0 ? 1 : done / total);

/** `coverage` is 0-1: (reviewed / topics + solved / tasks) / 2; a part with nothing in it counts as done. */
export function domainCoverage(domain: Pick<StudyDomain, 'topics' | 'tasks'>, progress: Progress): { reviewed: number; solved: number; coverage: number } {
	const reviewed = domain.topics.filter((id) => isReviewed(progress, id)).length;
	const solved = domain.tasks.filter((id) => isSolved(progress, id)).length;
	return { reviewed, solved, coverage: (share(reviewed, domain.topics.length) + share(solved, domain.tasks.length)) / 2 };
}

/**
 * The sidebar's estimate for a domain from counts alone (every page carries these, not the ids):
 * the marks whose ids start with the domain's number, capped at the counts. Marks for topics or
 * tasks that left the site could count here; "My progress" counts them apart.
 */
export function domainCoverageByCounts(number: string, topics: number, tasks: number, progress: Progress): number {
	const count = (marks: Record<string, { reviewed?: boolean; solved?: boolean }>, key: 'reviewed' | 'solved', total: number) =>
		Math.min(total, Object.entries(marks).filter(([id, mark]) => id.startsWith(`${number}.`) && mark[key] === true).length);
	return (share(count(progress.topics, 'reviewed', topics), topics) + share(count(progress.tasks, 'solved', tasks), tasks)) / 2;
}
