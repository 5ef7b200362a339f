import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { narrowPagePolicy } from './page-csp.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

test('keeps the hashes of the inline scripts and styles the page has, and drops the rest', () => {
	const used = 'console.log(1)';
	const style = 'p{color:red}';
	const html = page(
		`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(used)} ${sha('unused()')}; style-src 'self' ${sha(style)} ${sha('b{}')}`,
		`<script>${used}</script><script type="module" src="/a.js"></script><style>${style}</style>`,
	);
	assert.equal(policyOf(narrowPagePolicy(html)), `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(used)}; style-src 'self' ${sha(style)}`);
});

test('a script loaded from a file is not an inline script: its text is not hashed in', () => {
	const html = page(`script-src 'self' ${sha('')}`, '<script src="/x.js"></script>');
	assert.equal(policyOf(narrowPagePolicy(html)), "script-src 'self'");
});

test('a page without a policy is left as it is', () => {
	assert.equal(narrowPagePolicy('<p>hi</p>'), '<p>hi</p>');
});
