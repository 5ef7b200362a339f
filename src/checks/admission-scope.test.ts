import { test } from 'node:test';
import { checkAdmissionScope } from './admission-scope.ts';
import { assertProblems, page } from './testing.ts';

const policy = [
	'apiVersion: admissionregistration.k8s.io/v1',
	'kind: ValidatingAdmissionPolicy',
	'metadata:',
	'  name: p',
	'spec:',
	'  validations:',
	'  - expression: "true"',
];
const binding = [
	'apiVersion: admissionregistration.k8s.io/v1',
	'kind: ValidatingAdmissionPolicyBinding',
	'metadata:',
	'  name: p',
	'spec:',
	'  policyName: p',
	'  validationActions: [Deny]',
];
const scoped = [
	...binding,
	'  matchResources:',
	'    namespaceSelector:',
	'      matchExpressions:',
	'      - {key: kubernetes.io/metadata.name, operator: NotIn, values: [kube-system]}',
];
const yaml = (...lines: string[]) => ['```yaml', ...lines, '```'];
const aside = (variant: string, text: string) => [`:::${variant}`, text, ':::'];

test('a binding without matchResources fails at the line of its document', () => {
	const problems = checkAdmissionScope([page('Intro.', '', ...yaml(...policy, '---', ...binding))]);
	assertProblems(problems, ['fixture.mdx:12: ValidatingAdmissionPolicyBinding p has no spec.matchResources']);
});

test('a MutatingAdmissionPolicyBinding, or an empty matchResources, fails too', () => {
	const mutating = ['apiVersion: admissionregistration.k8s.io/v1beta1', 'kind: MutatingAdmissionPolicyBinding', 'metadata:', '  name: p', 'spec:', '  policyName: p'];
	const problems = checkAdmissionScope([page(...yaml(...mutating), '', ...yaml(...binding, '  matchResources: {}'))]);
	assertProblems(problems, [
		'fixture.mdx:2: MutatingAdmissionPolicyBinding p has no spec.matchResources',
		'fixture.mdx:11: ValidatingAdmissionPolicyBinding p has no spec.matchResources',
	]);
});

test('a scoped binding, and other kinds, pass', () => {
	assertProblems(checkAdmissionScope([page(...yaml(...policy, '---', ...scoped))]), []);
	assertProblems(checkAdmissionScope([page(...yaml('apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: dev'))]), []);
});

test('an aside after the block in its section that says cluster-wide lets an unscoped binding pass', () => {
	const prose = ['', '- One.', '- Two.', ''];
	for (const variant of ['caution', 'danger', 'note', 'tip']) {
		assertProblems(checkAdmissionScope([page(...yaml(...binding), ...prose, ...aside(variant, 'Cluster-wide on purpose: every namespace.'))]), []);
	}
});

test('an aside that is too far, past a heading, before the block, or without the word does not count', () => {
	const far = Array.from({ length: 16 }, () => '');
	const expected = (line: number) => [`fixture.mdx:${line}: ValidatingAdmissionPolicyBinding p has no spec.matchResources`];
	const said = aside('caution', 'This is cluster-wide.');
	assertProblems(checkAdmissionScope([page(...yaml(...binding), ...far, ...said)]), expected(2));
	assertProblems(checkAdmissionScope([page(...yaml(...binding), '', '## 1.2 Next', '', ...said)]), expected(2));
	assertProblems(checkAdmissionScope([page(...said, '', ...yaml(...binding))]), expected(6));
	assertProblems(checkAdmissionScope([page(...yaml(...binding), '', ...aside('caution', 'Applies everywhere.'))]), expected(2));
});
