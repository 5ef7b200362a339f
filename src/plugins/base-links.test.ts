import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withBase } from './base-links.ts';

test('site-absolute links get the base path', () => {
	assert.equal(withBase('/cluster-setup/#11-network', '/cks-notes/'), '/cks-notes/cluster-setup/#11-network');
	assert.equal(withBase('/', '/cks-notes'), '/cks-notes/');
});

test('other links are left alone', () => {
	assert.equal(withBase('/cluster-setup/', '/'), '/cluster-setup/');
	assert.equal(withBase('https://kubernetes.io/docs/', '/cks-notes/'), 'https://kubernetes.io/docs/');
	assert.equal(withBase('//example.org/x', '/cks-notes/'), '//example.org/x');
	assert.equal(withBase('#top', '/cks-notes/'), '#top');
	assert.equal(withBase('/cks-notes/already/', '/cks-notes/'), '/cks-notes/already/');
});
