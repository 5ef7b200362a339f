import { test } from 'node:test';
import { assertProblems, page } from './testing.ts';
import { checkTypography } from './typography.ts';

test('typographic dashes, quotes and spaces in code blocks and inline code fail at their line', () => {
	const problems = checkTypography([
		page('Run `kubectl get pods \u2013A`.', '', '```sh', 'echo ok', 'echo \u201Chi\u201D', '```', '', 'Then `a\u00A0b` and \u201Cprose\u201D \u2014 fine.'),
	]);
	assertProblems(problems, [
		'fixture.mdx:5: left double quote (U+201C) in code',
		'fixture.mdx:5: right double quote (U+201D) in code',
		'fixture.mdx:1: en dash (U+2013) in code',
		'fixture.mdx:8: non-breaking space (U+00A0) in code',
	]);
});
