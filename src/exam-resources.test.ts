import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowedExamResources, isAllowedInExam } from './exam-resources.ts';

test('the documentation sites allowed in the exam are recognised', () => {
	for (const href of [
		'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
		'https://kubernetes.io/zh-cn/docs/home/',
		'https://kubernetes.io/blog/2023/08/15/pkgs-k8s-io-introduction/',
		'https://falco.org/docs/reference/rules/',
		'https://etcd.io/docs/v3.6/op-guide/security/',
		'https://github.com/kubernetes-sigs/bom',
		'https://kubernetes.github.io/ingress-nginx/user-guide/tls/',
		'https://docs.cilium.io/en/stable/security/network/encryption-wireguard/',
		'https://istio.io/latest/docs/reference/config/security/peer_authentication/',
	]) {
		assert.ok(isAllowedInExam(href), href);
	}
});

test('other sites, and look-alike addresses, are not allowed', () => {
	for (const href of [
		'https://github.com/aquasecurity/kube-bench',
		'https://kubernetes.io/releases/',
		'https://kubesec.io/',
		'https://falco.org/blog/',
		'https://kubernetes.io.evil.example/docs/',
		'https://istio.io/latest/blog/',
	]) {
		assert.ok(!isAllowedInExam(href), href);
	}
});

test('each listed address counts as its own resource, and names are unique', () => {
	for (const resource of allowedExamResources) assert.ok(resource.pattern.test(resource.url), resource.url);
	assert.equal(new Set(allowedExamResources.map((resource) => resource.short)).size, allowedExamResources.length);
});

test('the tools whose documentation is not on the list are not allowed', () => {
	for (const href of ['https://trivy.dev/latest/docs/', 'https://aquasecurity.github.io/trivy/', 'https://gitlab.com/apparmor/apparmor/-/wikis/Documentation']) {
		assert.ok(!isAllowedInExam(href), href);
	}
});
