/** Merging an imported progress record into ours. */
import type { Progress } from './progress-schema.ts';
import { recordMockExam } from './mock-exam-results.ts';

export interface MergeSummary {
	/** Marks the import added or changed here, per kind. */
	topics: number;
	tasks: number;
	mockExams: number;
	/** Marks of the import that were older than the ones here, so not taken. */
	kept: number;
}

export const nothingMerged = (summary: MergeSummary): boolean => summary.topics + summary.tasks + summary.mockExams === 0;

function mergeMarks<T extends { at: string }>(
	ours: Record<string, T>,
	theirs: Record<string, T>,
	same: (a: T, b: T) => boolean,
): { merged: Record<string, T>; changed: number; kept: number } {
	const merged = { ...ours };
	let changed = 0;
	let kept = 0;
	for (const [id, mark] of Object.entries(theirs)) {
		const current = merged[id];
		if (!current || mark.at > current.at) {
			if (!current || !same(current, mark)) changed += 1;
			merged[id] = mark;
		} else if (mark.at < current.at && !same(current, mark)) {
			kept += 1;
		}
	}
	return { merged, changed, kept };
}

/**
 * Merges an imported record into ours: per mark the latest timestamp wins (a later "not reviewed"
 * undoes an earlier "reviewed"); mock exam results are the union of both.
 */
export function mergeProgress(ours: Progress, theirs: Progress): { progress: Progress; summary: MergeSummary } {
	const topics = mergeMarks(ours.topics, theirs.topics, (a, b) => a.reviewed === b.reviewed);
	const tasks = mergeMarks(ours.tasks, theirs.tasks, (a, b) => a.solved === b.solved);
	let progress: Progress = { ...ours, topics: topics.merged, tasks: tasks.merged };
	let mockExams = 0;
	for (const result of theirs.mockExams) {
		if (!ours.mockExams.some((entry) => entry.exam === result.exam && entry.at === result.at)) {
			progress = recordMockExam(progress, result);
			mockExams += 1;
		}
	}
	return { progress, summary: { topics: topics.changed, tasks: tasks.changed, mockExams, kept: topics.kept + tasks.kept } };
}
