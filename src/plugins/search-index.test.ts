import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFlagValues, taskRecords, topicRecords } from './search-index.ts';

const section = (level: number, id: string, text: string, ...body: string[]) =>
	`<div class="cks-section cks-section--h${level}"><details class="cks-section__details" open>` +
	`<summary class="cks-section__summary"><h${level} id="${id}">${text}</h${level}></summary>${body.join('')}</details>` +
	`<a class="sl-anchor-link" href="#${id}"><span class="sr-only" data-pagefind-ignore>Section titled “${text}”</span></a></div>`;

const page = (content: string, body = 'data-pagefind-body') =>
	`<!doctype html><html lang="en"><body><main ${body}><h1 id="_top">4. Minimize Microservice Vulnerabilities</h1>` +
	`<div class="sl-markdown-content"><p>Opening.</p>${content}</div></main></body></html>`;

const domainPage = { path: '/minimize-microservice-vulnerabilities/', domain: '4. Minimize Microservice Vulnerabilities' };

test('each numbered topic becomes a record holding its content and unnumbered sub-sections, not its numbered sub-topics', () => {
	const html = page(
		section(
			2,
			'41-setup',
			'4.1 Setup appropriate OS level security domains',
			'<p>intro text</p>',
			section(3, 'admission-controller', 'Admission controller', '<p>admission text</p>', section(4, 'step-1', 'Step 1', '<p>step text</p>')),
			section(3, '411-pod-security-policies-psp', '4.1.1 Pod Security Policies (PSP)', '<p>psp text</p>'),
		) + section(2, '42-manage-kubernetes-secrets', '4.2 Manage Kubernetes secrets', '<p>secret text</p>'),
	);
	const records = topicRecords(html, domainPage);
	assert.deepEqual(
		records.map(({ url, title }) => [url, title]),
		[
			['/minimize-microservice-vulnerabilities/', '4. Minimize Microservice Vulnerabilities'],
			['/minimize-microservice-vulnerabilities/#41-setup', '4.1 Setup appropriate OS level security domains'],
			['/minimize-microservice-vulnerabilities/#411-pod-security-policies-psp', '4.1.1 Pod Security Policies (PSP)'],
			['/minimize-microservice-vulnerabilities/#42-manage-kubernetes-secrets', '4.2 Manage Kubernetes secrets'],
		],
	);
	const [, topic] = records;
	assert.match(topic?.html ?? '', /intro text/);
	assert.match(topic?.html ?? '', /<h3 id="admission-controller">Admission controller<\/h3><p>admission text<\/p><h4 id="step-1">Step 1<\/h4><p>step text<\/p>/);
	assert.doesNotMatch(topic?.html ?? '', /psp text|secret text/);
});

test('an unnumbered top-level section is a record; the numbered topics in it are records of their own', () => {
	const html = page(
		section(2, 'topics-no-longer', 'Topics no longer in the curriculum', '<p>why</p>', section(3, '15-gui', '1.5 Minimize GUI elements', '<p>gui text</p>')),
	);
	const records = topicRecords(html, domainPage);
	assert.deepEqual(
		records.slice(1).map(({ url, title }) => [url, title]),
		[
			['/minimize-microservice-vulnerabilities/#topics-no-longer', 'Topics no longer in the curriculum'],
			['/minimize-microservice-vulnerabilities/#15-gui', '1.5 Minimize GUI elements'],
		],
	);
	assert.doesNotMatch(records[1]?.html ?? '', /gui text/);
});

test('a record carries its title and domain as Pagefind metadata, and the domain and type Notes as filters', () => {
	const [, record] = topicRecords(page(section(2, 'a', '4.2 Manage Kubernetes secrets', '<p>x</p>')), domainPage);
	assert.match(record?.html ?? '', /<html lang="en">/);
	assert.match(record?.html ?? '', /<main data-pagefind-body>/);
	assert.match(record?.html ?? '', /<span data-pagefind-meta="title">4.2 Manage Kubernetes secrets<\/span>/);
	assert.match(
		record?.html ?? '',
		/<p data-pagefind-ignore>.*<span data-pagefind-meta="domain" data-pagefind-filter="domain">4. Minimize Microservice Vulnerabilities<\/span><span data-pagefind-filter="type">Notes<\/span><\/p>/,
	);
});

const practicePage = (articles: string) => `<html lang="en"><body><main data-pagefind-body><h1>Practice</h1>${articles}</main></body></html>`;
const task = (id: string, title: string, statement: string) =>
	`<article class="cks-task" id="task-${id}"><h2>${title}</h2><section class="cks-task__setup"><h3>Setup</h3><p>setup text</p></section>` +
	`<section data-task-statement><h3>Task</h3><p>${statement}</p></section>` +
	`<details class="cks-solution" data-pagefind-ignore><summary><h3>Solution</h3></summary><p>solution text</p></details></article>`;

test('a practice page gives one Practice record per task: its heading and statement, never setup or solution', () => {
	const records = taskRecords(practicePage(task('1-1-a', '1.1-a Deny all', 'Create default-deny in shop.') + task('1-1-b', '1.1-b Allow DNS', 'Allow DNS.')), {
		path: '/practice/cluster-setup/',
		domain: '1. Cluster Setup',
	});
	assert.deepEqual(
		records.map(({ url, title }) => [url, title]),
		[
			['/practice/cluster-setup/#task-1-1-a', 'Practice 1.1-a Deny all'],
			['/practice/cluster-setup/#task-1-1-b', 'Practice 1.1-b Allow DNS'],
		],
	);
	const html = records[0]?.html ?? '';
	assert.match(html, /Create default-deny in shop\./);
	assert.match(html, /<span data-pagefind-filter="type">Practice<\/span>/);
	assert.doesNotMatch(html, /solution text|setup text|<h3>/);
});

test('a task ranks below the notes: a short <title>, its full title as `task` metadata, its words weighted low, no heading', () => {
	const [record] = taskRecords(practicePage(task('1-1-a', '1.1-a Deny all', 'Create default-deny in shop.')), { path: '/practice/cluster-setup/', domain: '1. Cluster Setup' });
	const html = record?.html ?? '';
	assert.match(html, /<title>Practice 1\.1-a<\/title>/);
	assert.match(html, /<span data-pagefind-meta="task">Practice 1\.1-a Deny all<\/span>/);
	assert.doesNotMatch(html, /data-pagefind-meta="title"/);
	assert.match(html, /<div data-pagefind-weight="0\.2"><p>1\.1-a Deny all<\/p><p>Create default-deny/);
	assert.doesNotMatch(html, /<h2/);
});

test('titles are escaped in the record', () => {
	const [, record] = topicRecords(page(section(2, 'a', '4.9 &lt;script&gt; &amp; "quotes"', '')), domainPage);
	assert.equal(record?.title, '4.9 <script> & "quotes"');
	assert.match(record?.html ?? '', /<title>4.9 &lt;script&gt; &amp; &quot;quotes&quot;<\/title>/);
});

test('a page without data-pagefind-body has no records', () => {
	assert.deepEqual(topicRecords(page(section(2, 'a', '4.2 X', ''), 'class="x"'), domainPage), []);
});

test('flag values and list items become words of their own; flags, IPs and paths stay whole', () => {
	assert.equal(
		splitFlagValues('--enable-admission-plugins=NodeRestriction,ImagePolicyWebhook'),
		'--enable-admission-plugins= NodeRestriction, ImagePolicyWebhook',
	);
	assert.equal(splitFlagValues('--audit-log-path=/var/log/audit.log'), '--audit-log-path= /var/log/audit.log');
	assert.equal(splitFlagValues('169.254.169.254/32, node.k8s.io/v1'), '169.254.169.254/32, node.k8s.io/v1');
	assert.equal(splitFlagValues('a = b'), 'a = b');
});
