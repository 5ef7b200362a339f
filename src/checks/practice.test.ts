import { test } from 'node:test';
import { readPage } from './content.ts';
import { mockExamProblems } from './mock-exams.ts';
import { checkPracticeCoverage } from './practice-coverage.ts';
import { checkPracticeTasks } from './practice.ts';
import { assertProblems } from './testing.ts';
import { checkYamlSyntax } from './yaml-syntax.ts';
import type { Task } from '../practice/schema.ts';

const FILE = 'content/practice/cluster-setup/1.1-z.mdx';
const domainPage = readPage('content/docs/cluster-setup.mdx', '# x\n\n## 1.1 Network security policies\n\ntext\n');

const frontmatter = (overrides: Record<string, string> = {}) => {
	const fields: Record<string, string> = {
		id: '1.1-z',
		title: 'Deny all traffic in a namespace',
		domain: 'cluster-setup',
		topics: '[11-network-security-policies]',
		context: 'cks-setup',
		minutes: '5',
		points: '4',
		difficulty: 'easy',
		environment: '[cluster]',
		checks: '\n  - text: "NetworkPolicy default-deny exists"\n    points: 4',
		...overrides,
	};
	return ['---', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`), '---'];
};

const body = (setup = ['```sh', 'kubectl apply -f x.yaml', '```'], solution = ['```sh', 'kubectl get netpol', '```']) => [
	'',
	'<Setup>',
	'',
	'Creates namespace x.',
	'',
	...setup,
	'',
	'</Setup>',
	'',
	'<Task>',
	'',
	'Deny all. Docs: [Network Policies](https://kubernetes.io/docs/concepts/services-networking/network-policies/).',
	'',
	'</Task>',
	'',
	'<Solution>',
	'',
	...solution,
	'',
	'</Solution>',
	'',
	'<Verify>',
	'',
	'Run it.',
	'',
	'</Verify>',
];

const task = (lines: string[], file = FILE) => readPage(file, lines.join('\n'));

test('a valid task has no problem', () => {
	assertProblems(checkPracticeTasks([domainPage, task([...frontmatter(), ...body()])]), []);
});

test('metadata that breaks the schema fails at the line of its key', () => {
	const page = task([...frontmatter({ minutes: '90', difficulty: 'impossible' }), ...body()]);
	assertProblems(checkPracticeTasks([domainPage, page]), [
		`${FILE}:7: frontmatter minutes: `,
		`${FILE}:9: frontmatter difficulty: `,
	]);
});

test('checks whose points do not add up to the task points fail', () => {
	const page = task([...frontmatter({ points: '6' }), ...body()]);
	assertProblems(checkPracticeTasks([domainPage, page]), [`${FILE}:11: frontmatter checks: the checks' points add up to 4, not the task's 6`]);
});

test('a topic that is not a numbered topic of the domain page fails', () => {
	const page = task([...frontmatter({ topics: '[11-network-security-policies, 19-no-such-topic]' }), ...body()]);
	assertProblems(checkPracticeTasks([domainPage, page]), [`${FILE}:5: topic "19-no-such-topic" is not a numbered topic`]);
});

test('a task in the wrong file, or without its four parts in order, fails', () => {
	const lines = [...frontmatter(), ...body()].map((line) => line.replace('<Verify>', '<Check>').replace('</Verify>', '</Check>'));
	assertProblems(checkPracticeTasks([domainPage, task(lines, 'content/practice/cluster-setup/1.2-a.mdx')]), [
		'content/practice/cluster-setup/1.2-a.mdx:2: task 1.1-z of cluster-setup belongs in content/practice/cluster-setup/1.1-z.mdx',
		'content/practice/cluster-setup/1.2-a.mdx:40: a task has exactly <Setup>, <Task>, <Solution>, <Verify>',
	]);
});

test('a statement without an allowed documentation link fails', () => {
	const lines = [...frontmatter(), ...body()].map((line) => line.replace(/Docs: .*/, 'Deny it.'));
	assertProblems(checkPracticeTasks([domainPage, task(lines)]), [`${FILE}:26: the <Task> statement links no page of the documentation`]);
});

test('a setup that creates objects twice, or that shellcheck rejects, fails', () => {
	const page = task([...frontmatter(), ...body(['```sh', 'kubectl create namespace shop', 'shop = ready', '```'])]);
	assertProblems(checkPracticeTasks([domainPage, page]), [
		`${FILE}:21: kubectl create fails when the setup script runs twice`,
		`${FILE}:16: setup script /practice/setup/1.1-z.sh: shellcheck: `,
	]);
});

test('a setup that backs up with cp -n fails: it stops a second run where cp -n exits 1', () => {
	const page = task([...frontmatter(), ...body(['```sh', 'cp -n /etc/hosts /root/hosts.bak', '[ -e /root/x.bak ] || cp /etc/hosts /root/x.bak', '```'])]);
	assertProblems(checkPracticeTasks([domainPage, page]), [`${FILE}:21: cp -n exits 1 when the target exists`]);
});

test('invalid YAML in a solution fails the YAML check at its line', () => {
	const page = task([...frontmatter(), ...body(undefined, ['```yaml title="x.yaml"', 'kind: Pod', 'metadata:', ' name: a', '  namespace: b', '```'])]);
	assertProblems(checkYamlSyntax([page]), [`${FILE}:37: YAML: `]);
});

test('a domain below its minimum of tasks, and a competency without a task, fail', () => {
	const problems = checkPracticeCoverage([domainPage, task([...frontmatter(), ...body()])]);
	assertProblems(problems.slice(0, 2), [
		'content/practice/cluster-setup/:1: Cluster Setup has 1 practice tasks; it needs at least 6',
		'content/practice/cluster-setup/:1: no practice task practises the competency "Use CIS benchmark',
	]);
});

const sample = (id: string, domain: string, points: number): Task => ({
	id,
	domain,
	points,
	title: 'A sample task',
	topics: ['11-x'],
	context: 'cks-x',
	minutes: 5,
	difficulty: 'easy',
	environment: ['cluster'],
	checks: [{ text: 'it is all done', points }],
});

test('a mock exam with too few tasks, wrong points or weights, or a shared task, fails', () => {
	const tasks = [sample('1.1-a', 'cluster-setup', 8), sample('2.1-a', 'cluster-hardening', 8)];
	const problems = mockExamProblems(
		[
			{ slug: 'mock-exam-a', title: 'Mock exam A', tasks: ['1.1-a', '2.1-a'] },
			{ slug: 'mock-exam-b', title: 'Mock exam B', tasks: ['1.1-a', '9.9-z'] },
		],
		tasks,
	);
	assertProblems(problems.slice(0, 3), [
		'src/practice/mock-exams.ts:1: Mock exam A: has 2 tasks; an exam has 15 to 20',
		'src/practice/mock-exams.ts:1: Mock exam A: its tasks have 16 points; an exam has 100',
		'src/practice/mock-exams.ts:1: Mock exam A: Cluster Setup has 8 points; the exam gives it 15',
	]);
	assertProblems(problems.filter(({ message }) => message.includes('also in') || message.includes('does not exist')), [
		'src/practice/mock-exams.ts:1: Mock exam B: task 1.1-a is also in Mock exam A',
		'src/practice/mock-exams.ts:1: Mock exam B: task 9.9-z does not exist',
	]);
});
