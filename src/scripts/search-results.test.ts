import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesOnlyShorterWords, presentResult, withHighlightTerms, withoutIndexSpacing, withoutLeadingHeading } from './search-results.ts';

test('flag values are shown as written, without the space the index puts after =', () => {
	assert.equal(
		withoutIndexSpacing('- --audit-policy-file= /etc/kubernetes/audit-policy.yaml. - <mark>--audit-log-path=</mark> /var/log/audit.log'),
		'- --audit-policy-file=/etc/kubernetes/audit-policy.yaml. - <mark>--audit-log-path=</mark>/var/log/audit.log',
	);
	assert.equal(withoutIndexSpacing('set a = b, c'), 'set a = b, c');
});

test('an excerpt that repeats the heading loses it when the rest shows a match', () => {
	assert.equal(
		withoutLeadingHeading('3.4.1 <mark>Seccomp</mark> profiles. restricting <mark>seccomp</mark> calls', '3.4.1 Seccomp profiles'),
		'restricting <mark>seccomp</mark> calls',
	);
});

test('an excerpt keeps the heading when the heading holds the only match', () => {
	const excerpt = '3.4 Appropriately use kernel hardening tools such as AppArmor, <mark>seccomp.</mark> Some text';
	assert.equal(withoutLeadingHeading(excerpt, '3.4 Appropriately use kernel hardening tools such as AppArmor, seccomp'), excerpt);
});

test('a mark that spans the end of the heading is reopened for the rest', () => {
	assert.equal(withoutLeadingHeading('2.5 Upgrade a <mark>kubeadm cluster. kubeadm</mark> upgrade', '2.5 Upgrade a kubeadm cluster'), '<mark>kubeadm</mark> upgrade');
});

test('an excerpt that does not start with the heading is left alone', () => {
	const excerpt = 'metadata IP address is <mark>169.254.169.254</mark> should be blocked';
	assert.equal(withoutLeadingHeading(excerpt, '1.4 Protect node metadata and endpoints with NetworkPolicy'), excerpt);
});

test('escaped characters count as the characters they stand for', () => {
	assert.equal(withoutLeadingHeading('a &lt;b&gt; c. see <mark>x</mark>', 'a <b> c'), 'see <mark>x</mark>');
});

test('presentResult reads the heading from the anchor at the start of the record', () => {
	const result = presentResult({
		url: '/x/#a',
		excerpt: 'Title here. body <mark>term</mark>',
		meta: { title: '1.1 Title here' },
		anchors: [{ element: 'h2', id: 'a', text: 'Title here', location: 0 }],
	});
	assert.equal(result.excerpt, 'body <mark>term</mark>');
});

test('presentResult titles a practice task with its `task` metadata and drops its title from the excerpt', () => {
	const result = presentResult({
		url: '/practice/cluster-setup/#task-1-1-a',
		excerpt: '1.1-a Deny all ingress. Create a <mark>default-deny</mark> policy',
		meta: { title: 'Practice 1.1-a', task: 'Practice 1.1-a Deny all ingress' },
	});
	assert.equal(result.meta['title'], 'Practice 1.1-a Deny all ingress');
	assert.equal(result.excerpt, 'Create a <mark>default-deny</mark> policy');
});

test('result links carry the terms as typed, punctuation and all', () => {
	assert.equal(
		withHighlightTerms('/cks-notes/cluster-setup/?highlight=169254169254#14-protect', 'highlight', '169.254.169.254'),
		'/cks-notes/cluster-setup/?highlight=169.254.169.254#14-protect',
	);
	assert.equal(
		withHighlightTerms('/x/?highlight=kubeadm&highlight=upgrade#25-a', 'highlight', ' kubeadm  upgrade --ignore-daemonsets '),
		'/x/?highlight=kubeadm&highlight=upgrade&highlight=--ignore-daemonsets#25-a',
	);
	assert.equal(withHighlightTerms('/x/#a', 'highlight', '<img src=x>'), '/x/?highlight=%3Cimg&highlight=src%3Dx%3E#a');
	assert.equal(withHighlightTerms('/x/?highlight=a#b', 'highlight', '   '), '/x/?highlight=a#b');
});

test('results that only match a shorter word are told apart from real matches', () => {
	assert.equal(matchesOnlyShorterWords('falko', ['-f', '-f']), true);
	assert.equal(matchesOnlyShorterWords('xylophone', ['x']), true);
	assert.equal(matchesOnlyShorterWords('apparmour', ['AppArmor,', 'apps']), false);
	assert.equal(matchesOnlyShorterWords('seccom', ['Seccomp']), false);
	assert.equal(matchesOnlyShorterWords('--audit-log-maxage', ['--audit-log-maxage=']), false);
	assert.equal(matchesOnlyShorterWords('kubeadm zzz', ['kubeadm']), false);
	assert.equal(matchesOnlyShorterWords('anything', []), false);
});
