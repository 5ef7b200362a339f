/** Runs every content check over the real pages: content/docs/**\/*.{md,mdx}. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem, readContent } from './content.ts';
import { contentChecks } from './index.ts';

const pages = readContent();

for (const [name, check] of Object.entries(contentChecks)) {
	test(`content: ${name}`, async () => {
		const problems = await check(pages);
		assert.ok(problems.length === 0, `${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
	});
}
