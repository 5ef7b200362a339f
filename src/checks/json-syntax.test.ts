import { test } from 'node:test';
import { checkJsonSyntax } from './json-syntax.ts';
import { assertProblems, page } from './testing.ts';

test('a json block that does not parse fails at the line of the error', () => {
	const problems = checkJsonSyntax([page('```json', '{', '  "defaultAction": "SCMP_ACT_LOG",', '  "syscalls": [],', '}', '```')]);
	assertProblems(problems, ['fixture.mdx:5: JSON: ']);
});
