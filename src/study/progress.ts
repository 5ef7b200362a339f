/** The marks of a progress record: set, unset, read. */
import type { Progress } from './progress-schema.ts';

export type MarkKind = 'topics' | 'tasks';

export function setTopicReviewed(progress: Progress, id: string, reviewed: boolean, at: string): Progress {
	return { ...progress, topics: { ...progress.topics, [id]: { reviewed, at } } };
}

export function setTaskSolved(progress: Progress, id: string, solved: boolean, at: string): Progress {
	return { ...progress, tasks: { ...progress.tasks, [id]: { solved, at } } };
}

export const isReviewed = (progress: Progress, id: string): boolean => progress.topics[id]?.reviewed === true;
export const isSolved = (progress: Progress, id: string): boolean => progress.tasks[id]?.solved === true;
