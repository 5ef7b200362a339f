import { test } from 'node:test';
import { checkRemovedApis } from './removed-apis.ts';
import { assertProblems, page } from './testing.ts';

test('a removed API version in a block not marked historical fails at its line', () => {
	const problems = checkRemovedApis([
		page('```yaml', 'apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', '---', 'apiVersion: networking.k8s.io/v1beta1', 'kind: Ingress', '```'),
	]);
	assertProblems(problems, [
		'fixture.mdx:2: policy/v1beta1 is removed in v1.25',
		'fixture.mdx:3: PodSecurityPolicy was removed in v1.25',
		'fixture.mdx:5: networking.k8s.io/v1beta1 Ingress was removed in v1.22',
	]);
});

test('networking.k8s.io/v1beta1 kinds that are still served pass', () => {
	assertProblems(checkRemovedApis([page('```yaml', 'apiVersion: networking.k8s.io/v1beta1', 'kind: ServiceCIDR', '```')]), []);
});

test('deprecated annotations, registries and flags fail in any code block', () => {
	const problems = checkRemovedApis([
		page(
			'```yaml fragment',
			'annotations:',
			'  container.apparmor.security.beta.kubernetes.io/nginx: localhost/deny-write',
			'  seccomp.security.alpha.kubernetes.io/pod: runtime/default',
			'image: k8s.gcr.io/kube-apiserver:v1.20.0',
			'```',
			'',
			'```sh',
			'kubectl version --short',
			'kubectl run nginx --image=nginx --dry-run -o yaml',
			'kubectl run nginx --image=nginx --dry-run=client -o yaml',
			'```',
		),
	]);
	assertProblems(problems, [
		'fixture.mdx:3: the AppArmor annotation is deprecated',
		'fixture.mdx:4: seccomp annotations are no longer supported',
		'fixture.mdx:5: k8s.gcr.io is frozen: use registry.k8s.io',
		'fixture.mdx:9: `kubectl version --short` was removed',
		'fixture.mdx:10: a bare --dry-run is an error',
	]);
});

test('a historical block passes beside a danger or caution aside in its section, and fails without one', () => {
	const historical = ['```yaml historical', 'apiVersion: policy/v1beta1', 'kind: PodSecurityPolicy', '```'];
	const aside = [':::danger[Removed in Kubernetes v1.25]', 'Use Pod Security Admission.', ':::'];
	const prose = ['', '- One.', '- Two.', '- Three.', ''];
	assertProblems(checkRemovedApis([page(...aside, ...prose, ...historical)]), []);
	assertProblems(checkRemovedApis([page(...historical, ...prose, ...aside)]), []);
	assertProblems(checkRemovedApis([page(':::caution[Deprecated]', ...historical, ':::')]), []);
	assertProblems(checkRemovedApis([page(...historical, ...prose, ...prose, ...aside)]), [
		'fixture.mdx:1: a `historical` block needs a :::danger or :::caution aside',
	]);
	assertProblems(checkRemovedApis([page(...aside, '', '## 4.2 Next topic', '', ...historical)]), [
		'fixture.mdx:7: a `historical` block needs a :::danger or :::caution aside',
	]);
	assertProblems(checkRemovedApis([page(':::note[Changed]', 'x', ':::', '', ...historical)]), [
		'fixture.mdx:5: a `historical` block needs a :::danger or :::caution aside',
	]);
});
