import assert from 'node:assert/strict';
import { test } from 'node:test';
import { multiplyTopics } from './multiply-topics.ts';

const page = [
	'---',
	'title: "1. Domain"',
	'---',
	'',
	'Intro.',
	'## 1.1 Topic',
	'<span id="old-anchor"></span>',
	'```sh',
	'## not a heading',
	'```',
	'### Step 1',
	'Text.',
].join('\n');

test('1× is the page unchanged', () => {
	assert.equal(multiplyTopics(page, 1), page);
});

test('each copy repeats the topics with unique headings and ids, leaving code and the intro alone', () => {
	const tripled = multiplyTopics(page, 3);
	assert.equal(tripled.match(/^Intro\.$/gm)?.length, 1);
	assert.deepEqual(tripled.match(/^#{2,3} .*$/gm), [
		'## 1.1 Topic',
		'## not a heading',
		'### Step 1',
		'## 1.1 Topic (copy 2)',
		'## not a heading',
		'### Step 1 (copy 2)',
		'## 1.1 Topic (copy 3)',
		'## not a heading',
		'### Step 1 (copy 3)',
	]);
	assert.deepEqual(tripled.match(/id="[^"]+"/g), ['id="old-anchor"', 'id="old-anchor-copy-2"', 'id="old-anchor-copy-3"']);
});
