import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyProgress, type MockExamResult } from './progress-schema.ts';
import { isReviewed, isSolved, setTaskSolved, setTopicReviewed } from './progress.ts';
import { recordMockExam } from './mock-exam-results.ts';
import { mergeProgress, nothingMerged } from './progress-merge.ts';

const T1 = '2026-11-01T10:00:00.000Z';
const T2 = '2026-11-02T10:00:00.000Z';
const result = (at: string): MockExamResult => ({ exam: 'mock-exam-a', at, score: 70, max: 100, percent: 70, passed: true, domains: [] });

test('marks set and unset, each with its time', () => {
	let progress = setTopicReviewed(emptyProgress(), '1.1', true, T1);
	assert.equal(isReviewed(progress, '1.1'), true);
	progress = setTopicReviewed(progress, '1.1', false, T2);
	assert.equal(isReviewed(progress, '1.1'), false);
	assert.deepEqual(progress.topics['1.1'], { reviewed: false, at: T2 });
	assert.equal(isSolved(setTaskSolved(progress, '1.1-a', true, T1), '1.1-a'), true);
});

test('merging takes the latest mark of each, an unmark included, and counts what changed', () => {
	const ours = setTaskSolved(setTopicReviewed(emptyProgress(), '1.1', true, T2), '1.1-a', true, T1);
	const theirs = setTaskSolved(setTopicReviewed(emptyProgress(), '1.1', false, T1), '1.1-a', false, T2);
	const { progress, summary } = mergeProgress(ours, setTopicReviewed(theirs, '1.2', true, T1));
	assert.equal(isReviewed(progress, '1.1'), true, 'our later review stands');
	assert.equal(isSolved(progress, '1.1-a'), false, 'their later unmark wins');
	assert.equal(isReviewed(progress, '1.2'), true, 'a new mark is added');
	assert.deepEqual(summary, { topics: 1, tasks: 1, mockExams: 0, kept: 1 });
});

test('merging a record into itself changes nothing', () => {
	const ours = recordMockExam(setTopicReviewed(emptyProgress(), '1.1', true, T1), result(T1));
	const { progress, summary } = mergeProgress(ours, structuredClone(ours));
	assert.deepEqual(progress, ours);
	assert.equal(nothingMerged(summary), true);
});

test('mock exam results are the union of both, in time order, without duplicates', () => {
	const ours = recordMockExam(emptyProgress(), result(T2));
	const theirs = recordMockExam(recordMockExam(emptyProgress(), result(T1)), result(T2));
	const { progress, summary } = mergeProgress(ours, theirs);
	assert.deepEqual(progress.mockExams.map(({ at }) => at), [T1, T2]);
	assert.equal(summary.mockExams, 1);
});
