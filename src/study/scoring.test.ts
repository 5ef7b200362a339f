import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreExam, type ScoredTask } from './scoring.ts';

const tasks: ScoredTask[] = [
	{ id: '1.1-a', domain: 'cluster-setup', checks: [2, 2, 2] },
	{ id: '2.2-a', domain: 'cluster-hardening', checks: [3, 4] },
	{ id: '1.3-a', domain: 'cluster-setup', checks: [5] },
];

test('nothing ticked scores zero and loses every task', () => {
	const result = scoreExam(tasks, {}, 67);
	assert.deepEqual([result.score, result.max, result.percent, result.passed], [0, 18, 0, false]);
	assert.deepEqual(result.lost, [
		{ id: '1.1-a', points: 6 },
		{ id: '2.2-a', points: 7 },
		{ id: '1.3-a', points: 5 },
	]);
});

test('ticked checks add their points, per domain in first-seen order', () => {
	const result = scoreExam(tasks, { '1.1-a': [0, 2], '2.2-a': [1], '1.3-a': [0] }, 67);
	assert.equal(result.score, 13);
	assert.deepEqual(result.domains, [
		{ domain: 'cluster-setup', score: 9, max: 11 },
		{ domain: 'cluster-hardening', score: 4, max: 7 },
	]);
	assert.deepEqual(result.lost, [
		{ id: '1.1-a', points: 2 },
		{ id: '2.2-a', points: 3 },
	]);
});

test('the pass mark is inclusive and the percent is rounded down', () => {
	const hundred: ScoredTask[] = [{ id: 'x', domain: 'd', checks: [67, 33] }];
	assert.equal(scoreExam(hundred, { x: [0] }, 67).passed, true);
	const three: ScoredTask[] = [{ id: 'x', domain: 'd', checks: [2, 1] }];
	const result = scoreExam(three, { x: [0] }, 67);
	assert.deepEqual([result.percent, result.passed], [66, false]);
});

test('unknown task ids, repeated and out-of-range indexes count nothing', () => {
	const result = scoreExam(tasks, { '9.9-z': [0], '1.3-a': [0, 0, 7] }, 67);
	assert.equal(result.score, 5);
});
