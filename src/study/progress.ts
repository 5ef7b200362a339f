/** Changes to a progress record: marks and mock exam results. */
import type { MockExamResult, Progress } from './progress-schema.ts';

export type MarkKind = 'topics' | 'tasks';

export function setTopicReviewed(progress: Progress, id: string, reviewed: boolean, at: string): Progress {
	return { ...progress, topics: { ...progress.topics, [id]: { reviewed, at } } };
}

export function setTaskSolved(progress: Progress, id: string, solved: boolean, at: string): Progress {
	return { ...progress, tasks: { ...progress.tasks, [id]: { solved, at } } };
}

export function recordMockExam(progress: Progress, result: MockExamResult): Progress {
	const others = progress.mockExams.filter((entry) => !(entry.exam === result.exam && entry.at === result.at));
	return { ...progress, mockExams: [...others, result].sort((a, b) => a.at.localeCompare(b.at)) };
}

export const isReviewed = (progress: Progress, id: string): boolean => progress.topics[id]?.reviewed === true;
export const isSolved = (progress: Progress, id: string): boolean => progress.tasks[id]?.solved === true;
