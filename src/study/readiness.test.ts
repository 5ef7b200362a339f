import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StudyCatalogue } from './catalogue.ts';
import { emptyProgress } from './progress-schema.ts';
import { setTaskSolved, setTopicReviewed } from './progress.ts';
import { nextUp } from './next-up.ts';
import { readiness } from './readiness.ts';
import { domainCoverageByCounts } from './coverage.ts';

const at = '2026-11-01T10:00:00.000Z';
const catalogue: StudyCatalogue = [
	{ slug: 'light', weight: 20, topics: ['1.1', '1.2'], tasks: ['1.1-a', '1.2-a', '1.2-b', '1.2-c'] },
	{ slug: 'heavy', weight: 80, topics: ['2.1', '2.2', '2.3', '2.4'], tasks: ['2.1-a', '2.2-a'] },
];

test('nothing marked: 0% ready, every domain at risk by its full weight', () => {
	const result = readiness(catalogue, emptyProgress());
	assert.equal(result.percent, 0);
	assert.deepEqual(result.domains.map(({ atRisk }) => atRisk), [20, 80]);
});

test('readiness is the weighted mean of (topics reviewed + tasks solved) / 2 per domain', () => {
	let progress = setTopicReviewed(emptyProgress(), '1.1', true, at); // light: topics 1/2
	progress = setTaskSolved(progress, '1.1-a', true, at); // light: tasks 1/4
	progress = setTopicReviewed(progress, '2.1', true, at); // heavy: topics 1/4
	progress = setTaskSolved(progress, '2.1-a', true, at); // heavy: tasks 1/2
	const result = readiness(catalogue, progress);
	// light (0.5 + 0.25) / 2 = 0.375; heavy (0.25 + 0.5) / 2 = 0.375; weighted: 37.5 -> 37
	assert.deepEqual(result.domains.map(({ coverage }) => coverage), [0.375, 0.375]);
	assert.equal(result.percent, 37);
	assert.deepEqual(result.domains.map(({ reviewed, topics, solved, tasks }) => [reviewed, topics, solved, tasks]), [
		[1, 2, 1, 4],
		[1, 4, 1, 2],
	]);
});

test('everything marked is 100%; unmarked and unknown marks count nowhere, unknown ones apart', () => {
	let progress = emptyProgress();
	for (const domain of catalogue) {
		for (const id of domain.topics) progress = setTopicReviewed(progress, id, true, at);
		for (const id of domain.tasks) progress = setTaskSolved(progress, id, true, at);
	}
	assert.equal(readiness(catalogue, progress).percent, 100);
	progress = setTopicReviewed(progress, '1.1', false, at);
	progress = setTopicReviewed(progress, '9.9', true, at);
	progress = setTaskSolved(progress, '9.9-z', true, at);
	const result = readiness(catalogue, progress);
	assert.equal(result.domains[0]?.reviewed, 1);
	assert.equal(result.orphans, 2);
	assert.equal(result.percent, 95);
	// light: (1/2 + 4/4) / 2 = 0.75 of 20 = 15; heavy 80: 95
});

test('next up lists what is left in the domains that risk the most points', () => {
	const progress = setTopicReviewed(emptyProgress(), '2.1', true, at);
	const [first, second] = nextUp(catalogue, progress);
	assert.equal(first?.slug, 'heavy');
	assert.deepEqual(first?.topics, ['2.2', '2.3', '2.4']);
	assert.deepEqual(first?.tasks, ['2.1-a', '2.2-a']);
	assert.equal(second?.slug, 'light');
});

test('the sidebar estimate from counts agrees with the full count when no mark is stale', () => {
	let progress = setTopicReviewed(emptyProgress(), '2.1', true, at);
	progress = setTaskSolved(progress, '2.1-a', true, at);
	progress = setTaskSolved(progress, '1.1-a', true, at);
	for (const [index, domain] of catalogue.entries()) {
		const number = String(index + 1);
		assert.equal(domainCoverageByCounts(number, domain.topics.length, domain.tasks.length, progress), readiness(catalogue, progress).domains[index]?.coverage);
	}
	// A stale mark never takes a domain past 100%.
	assert.equal(domainCoverageByCounts('1', 0, 1, setTaskSolved(progress, '1.9-z', true, at)), 1);
});
