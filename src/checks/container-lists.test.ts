import { test } from 'node:test';
import { checkContainerLists } from './container-lists.ts';
import { assertProblems, page } from './testing.ts';

const yaml = (...lines: string[]) => ['```yaml', ...lines, '```'];
const vap = (...spec: string[]) => [
	'apiVersion: admissionregistration.k8s.io/v1',
	'kind: ValidatingAdmissionPolicy',
	'metadata:',
	'  name: registries',
	'spec:',
	...spec,
];
const template = (...rego: string[]) => [
	'apiVersion: templates.gatekeeper.sh/v1',
	'kind: ConstraintTemplate',
	'metadata:',
	'  name: k8sallowedrepos',
	'spec:',
	'  crd:',
	'    spec:',
	'      names:',
	'        kind: K8sAllowedRepos',
	'  targets:',
	'  - target: admission.k8s.gatekeeper.sh',
	'    rego: |',
	'      package k8sallowedrepos',
	...rego.map((line) => `      ${line}`),
];
const kyverno = (...rule: string[]) => [
	'apiVersion: kyverno.io/v1',
	'kind: ClusterPolicy',
	'metadata:',
	'  name: no-latest',
	'spec:',
	'  rules:',
	'  - name: no-latest',
	'    match:',
	'      any:',
	'      - resources:',
	'          kinds: [Pod]',
	'    validate:',
	'      pattern:',
	'        spec:',
	...rule.map((line) => `          ${line}`),
];
const onlyContainers = `  - expression: "object.spec.containers.all(c, c.image.startsWith('registry.example.com/'))"`;

test('a ValidatingAdmissionPolicy that checks only spec.containers fails at its document', () => {
	const problems = checkContainerLists([page('Intro.', '', ...yaml(...vap('  validations:', onlyContainers)))]);
	assertProblems(problems, [
		'fixture.mdx:4: ValidatingAdmissionPolicy registries inspects containers but not initContainers or ephemeralContainers',
	]);
});

test('a policy that adds initContainers but not ephemeralContainers fails; a Kyverno policy needs only initContainers', () => {
	const variables = [
		'  variables:',
		'  - name: all',
		'    expression: "object.spec.containers + object.spec.?initContainers.orValue([])"',
		'  validations:',
		'  - expression: "variables.all.all(c, c.image.startsWith(\'registry.example.com/\'))"',
	];
	assertProblems(checkContainerLists([page(...yaml(...vap(...variables)))]), [
		'fixture.mdx:2: ValidatingAdmissionPolicy registries inspects containers but not ephemeralContainers',
	]);
	const kyvernoBoth = kyverno('containers:', '- image: "!*:latest"', '=(initContainers):', '- image: "!*:latest"');
	assertProblems(checkContainerLists([page(...yaml(...kyvernoBoth))]), []);
	assertProblems(checkContainerLists([page(...yaml(...kyverno('containers:', '- image: "!*:latest"')))]), [
		'fixture.mdx:2: ClusterPolicy no-latest inspects containers but not initContainers:',
	]);
});

test('a ConstraintTemplate whose Rego reads only spec.containers fails; one that reads every list passes', () => {
	const rule = (list: string) => [
		'violation[{"msg": msg}] {',
		`  container := input.review.object.spec.${list}[_]`,
		'  not startswith(container.image, "registry.example.com/")',
		'  msg := "image not allowed"',
		'}',
	];
	assertProblems(checkContainerLists([page(...yaml(...template(...rule('containers'))))]), [
		'fixture.mdx:2: ConstraintTemplate k8sallowedrepos inspects containers but not initContainers or ephemeralContainers',
	]);
	const every = template(...rule('containers'), ...rule('initContainers'), ...rule('ephemeralContainers'));
	assertProblems(checkContainerLists([page(...yaml(...every))]), []);
});

test('every list in one CEL expression passes, and so does a policy that does not look at containers', () => {
	const all = `  - expression: "(object.spec.containers + object.spec.?initContainers.orValue([]) + object.spec.?ephemeralContainers.orValue([])).all(c, has(c.image))"`;
	assertProblems(checkContainerLists([page(...yaml(...vap('  validations:', all)))]), []);
	const volumes = '  - expression: "!has(object.spec.volumes) || object.spec.volumes.all(v, !has(v.hostPath))"';
	assertProblems(checkContainerLists([page(...yaml(...vap('  validations:', volumes)))]), []);
	assertProblems(checkContainerLists([page(...yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers: []'))]), []);
});

test('a comment line that says "only spec.containers" exempts the block', () => {
	const reason = '# only spec.containers: init containers are checked by the registry mirror';
	assertProblems(checkContainerLists([page(...yaml(reason, ...vap('  validations:', onlyContainers)))]), []);
	const rego = template('# only spec.containers: a demo of one rule', 'violation[{"msg": "no"}] { input.review.object.spec.containers[_] }');
	assertProblems(checkContainerLists([page(...yaml(...rego))]), []);
	assertProblems(checkContainerLists([page(...yaml('# checks containers', ...vap('  validations:', onlyContainers)))]), [
		'fixture.mdx:3: ValidatingAdmissionPolicy registries inspects containers',
	]);
});
