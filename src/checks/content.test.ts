import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseFenceMeta, readContent, readPage } from './content.ts';

const fixture = 'src/checks/fixtures/blocks.mdx';
const blocks = readPage(fixture, readFileSync(new URL('fixtures/blocks.mdx', import.meta.url), 'utf8'));

test('the extractor finds every fence with its language, meta and line, nested ones too', () => {
	const found = blocks.codeBlocks.map(({ file, line, lang, meta }) => ({ file, line, lang, meta }));
	const plain = { fragment: false, historical: false };
	assert.deepEqual(found, [
		{ file: fixture, line: 12, lang: 'yaml', meta: { title: '/etc/kubernetes/manifests/kube-apiserver.yaml', fragment: true, historical: false } },
		{ file: fixture, line: 17, lang: 'sh', meta: plain },
		{ file: fixture, line: 21, lang: 'text', meta: plain },
		{ file: fixture, line: 29, lang: 'yaml', meta: { fragment: false, historical: true } },
		{ file: fixture, line: 36, lang: 'json', meta: plain },
		{ file: fixture, line: 42, lang: undefined, meta: plain },
	]);
	assert.equal(blocks.codeBlocks[0]?.value, 'spec:\n  containers: []');
});

test('the extractor finds inline code, headings, asides and frontmatter', () => {
	assert.deepEqual(
		blocks.inlineCodes.map(({ line, value }) => [line, value]),
		[
			[8, 'code'],
			[26, 'kubectl get pods'],
		],
	);
	assert.deepEqual(
		blocks.headings.map(({ line, depth, text }) => [line, depth, text]),
		[[8, 2, '1.1 Topic with code']],
	);
	assert.deepEqual(
		blocks.asides.map(({ variant, line, endLine }) => ({ variant, line, endLine })),
		[{ variant: 'danger', line: 25, endLine: 27 }],
	);
	assert.match(blocks.asides[0]?.text ?? '', /Removed in Kubernetes v1\.25.*kubectl get pods/s);
	assert.match(blocks.frontmatter ?? '', /^title: Fixture/);
});

test('fence meta: title in either quotes, and bare words', () => {
	assert.deepEqual(parseFenceMeta(`title='a b.yaml' historical {1-3}`), { title: 'a b.yaml', fragment: false, historical: true });
	assert.deepEqual(parseFenceMeta(null), { fragment: false, historical: false });
});

test('MDX that does not parse fails with the file and line', () => {
	assert.throws(() => readPage('bad.mdx', '# x\n\n<div\n'), /^Error: bad\.mdx:\d+:\d+: /);
});

test('the content is every .md and .mdx file under content/docs and content/practice', () => {
	const files = readContent().map((page) => page.file);
	assert.ok(files.includes('content/docs/index.mdx'));
	assert.ok(files.includes('content/practice/cluster-setup/1.1-a.mdx'));
	assert.ok(files.every((file) => /^content\/(docs|practice)\/.+\.mdx?$/.test(file)));
});

test('a code block knows the MDX component it is in', () => {
	const page = readPage('task.mdx', '<Setup>\n\n```sh\nls\n```\n\n</Setup>\n\n```sh\npwd\n```\n');
	assert.deepEqual(page.codeBlocks.map((block) => block.component), ['Setup', undefined]);
});
