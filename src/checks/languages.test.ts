import { test } from 'node:test';
import { checkLanguages } from './languages.ts';
import { assertProblems, page } from './testing.ts';

test('a fence without a language, or with one not on the list, fails at its line', () => {
	const problems = checkLanguages([page('```', 'x', '```', '', '```console', '$ ls', '```', '', '```yaml', 'a: 1', '```')]);
	assertProblems(problems, ['fixture.mdx:1: code fence names no language', 'fixture.mdx:5: code fence language "console" is not allowed']);
});
