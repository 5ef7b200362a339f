import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readPage } from './content.ts';
import { checkKubernetesSchema } from './kubernetes-schema.ts';
import { assertProblems } from './testing.ts';

const fixture = (name: string) => {
	const file = `src/checks/fixtures/${name}`;
	return { file, source: readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8') };
};

test('valid API objects, config files and custom resources pass; a fragment need not be an object', async () => {
	const { file, source } = fixture('valid-objects.mdx');
	assertProblems(await checkKubernetesSchema([readPage(file, source)]), []);
});

test('each invalid field, unknown field and kind without a schema fails at its line', async () => {
	const { file, source } = fixture('invalid-objects.mdx');
	const expected = source
		.split('\n')
		.flatMap((line, index) => [...line.matchAll(/# FAIL: (.*)$/g)].map((match) => `${file}:${index + 1}: ${match[1]}`));
	assert.ok(expected.length >= 20);
	assertProblems(await checkKubernetesSchema([readPage(file, source)]), expected);
});
