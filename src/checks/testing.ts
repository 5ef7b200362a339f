/** Helpers for the content checks' own tests. */
import assert from 'node:assert/strict';
import { formatProblem, readPage, type Page, type Problem } from './content.ts';

/** A page parsed from lines of MDX (line n of the page is `lines[n - 1]`). */
export const page = (...lines: string[]): Page => readPage('fixture.mdx', lines.join('\n'));

/** The problems, formatted as `file:line: message`, start with the expected texts, in order. */
export function assertProblems(problems: Problem[], expected: string[]): void {
	const actual = problems.map(formatProblem);
	assert.equal(actual.length, expected.length, `expected ${expected.length} problems, got:\n${actual.join('\n')}`);
	expected.forEach((text, index) => assert.ok(actual[index]?.startsWith(text), `${actual[index]}\ndoes not start with\n${text}`));
}
