import { lineAt, type CodeBlock, type Page, type Problem } from './content.ts';
import { parseYamlBlock } from './yaml-syntax.ts';

/**
 * API versions that current Kubernetes no longer serves at all, with when and what replaced them
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
const removedApiVersions: Record<string, string> = {
	'extensions/v1beta1': 'removed in v1.16/v1.22: use apps/v1 and networking.k8s.io/v1',
	'apps/v1beta1': 'removed in v1.16: use apps/v1',
	'apps/v1beta2': 'removed in v1.16: use apps/v1',
	'policy/v1beta1': 'removed in v1.25: use policy/v1, and Pod Security Admission instead of PodSecurityPolicy',
	'rbac.authorization.k8s.io/v1beta1': 'removed in v1.22: use rbac.authorization.k8s.io/v1',
	'rbac.authorization.k8s.io/v1alpha1': 'removed in v1.22: use rbac.authorization.k8s.io/v1',
	'apiextensions.k8s.io/v1beta1': 'removed in v1.22: use apiextensions.k8s.io/v1',
	'apiregistration.k8s.io/v1beta1': 'removed in v1.22: use apiregistration.k8s.io/v1',
	'authorization.k8s.io/v1beta1': 'removed in v1.22: use authorization.k8s.io/v1',
	'scheduling.k8s.io/v1beta1': 'removed in v1.22: use scheduling.k8s.io/v1',
	'batch/v1beta1': 'removed in v1.25: use batch/v1',
	'discovery.k8s.io/v1beta1': 'removed in v1.25: use discovery.k8s.io/v1',
	'events.k8s.io/v1beta1': 'removed in v1.25: use events.k8s.io/v1',
	'node.k8s.io/v1beta1': 'removed in v1.25: use node.k8s.io/v1',
	'autoscaling/v2beta1': 'removed in v1.25: use autoscaling/v2',
	'autoscaling/v2beta2': 'removed in v1.26: use autoscaling/v2',
	'flowcontrol.apiserver.k8s.io/v1beta1': 'removed in v1.26: use flowcontrol.apiserver.k8s.io/v1',
	'flowcontrol.apiserver.k8s.io/v1beta2': 'removed in v1.29: use flowcontrol.apiserver.k8s.io/v1',
	'flowcontrol.apiserver.k8s.io/v1beta3': 'removed in v1.32: use flowcontrol.apiserver.k8s.io/v1',
	'audit.k8s.io/v1beta1': 'removed in v1.24: use audit.k8s.io/v1',
	'audit.k8s.io/v1alpha1': 'removed in v1.24: use audit.k8s.io/v1',
	'kubeadm.k8s.io/v1beta1': 'removed: use kubeadm.k8s.io/v1beta4',
	'kubeadm.k8s.io/v1beta2': 'removed: use kubeadm.k8s.io/v1beta4',
	'kubeadm.k8s.io/v1beta3': 'deprecated since v1.31: use kubeadm.k8s.io/v1beta4',
	'pod-security.admission.config.k8s.io/v1alpha1': 'outdated: use pod-security.admission.config.k8s.io/v1',
	'pod-security.admission.config.k8s.io/v1beta1': 'outdated: use pod-security.admission.config.k8s.io/v1',
};

/** API versions still served for newer kinds, whose older kinds were removed. */
const removedKinds: Record<string, { kinds: string[]; message: string }> = {
	'networking.k8s.io/v1beta1': { kinds: ['Ingress', 'IngressClass'], message: 'removed in v1.22: use networking.k8s.io/v1' },
	'admissionregistration.k8s.io/v1beta1': {
		kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
		message: 'removed in v1.22: use admissionregistration.k8s.io/v1',
	},
	'authentication.k8s.io/v1beta1': { kinds: ['TokenReview'], message: 'removed in v1.22: use authentication.k8s.io/v1' },
	'certificates.k8s.io/v1beta1': { kinds: ['CertificateSigningRequest'], message: 'removed in v1.22: use certificates.k8s.io/v1' },
	'coordination.k8s.io/v1beta1': { kinds: ['Lease'], message: 'removed in v1.22: use coordination.k8s.io/v1' },
	'storage.k8s.io/v1beta1': {
		kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment', 'CSIStorageCapacity'],
		message: 'removed in v1.22/v1.27: use storage.k8s.io/v1',
	},
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Removed or deprecated things, wherever they appear in a code block. */
const markers: [RegExp, string][] = [
	...Object.entries(removedApiVersions).map(([apiVersion, message]): [RegExp, string] => [
		new RegExp(`(?<![\\w.-])${escape(apiVersion)}(?![\\w.])`, 'g'),
		`${apiVersion} is ${message}`,
	]),
	[/\bPodSecurityPolic(y|ies)\b|\bpodsecuritypolic(y|ies)\b|\bpsp\b/g, 'PodSecurityPolicy was removed in v1.25: use Pod Security Admission'],
	[/container\.apparmor\.security\.beta\.kubernetes\.io/g, 'the AppArmor annotation is deprecated: use securityContext.appArmorProfile (GA in v1.30)'],
	[/seccomp\.security\.alpha\.kubernetes\.io/g, 'seccomp annotations are no longer supported: use securityContext.seccompProfile'],
	[/\bk8s\.gcr\.io\b|gcr\.io\/google[-_]containers/g, 'k8s.gcr.io is frozen: use registry.k8s.io'],
	[/--insecure-port\b|--insecure-bind-address\b/g, 'the kube-apiserver insecure port was removed'],
	[/--basic-auth-file\b/g, 'basic authentication was removed in v1.19'],
	[/\bkubectl version\b[^\n]*--short\b/g, '`kubectl version --short` was removed in v1.28: `kubectl version` is short now'],
	[/\bkubectl run\b[^\n]*--generator\b/g, '`kubectl run --generator` was removed: kubectl run creates a Pod'],
	[/--dry-run(?!=)\b/g, 'a bare --dry-run is an error since kubectl v1.24: use --dry-run=client (or =server)'],
];

/**
 * No removed API version or deprecated marker in a code block, unless the block is marked `historical`;
 * a historical block stands beside a `:::danger` or `:::caution` aside that names the replacement: in the
 * same section, at most 8 lines before or after it.
 */
export function checkRemovedApis(pages: Page[]): Problem[] {
	return pages.flatMap((page) =>
		page.codeBlocks.flatMap((block) => (block.meta.historical ? historicalWithoutAside(page, block) : removedApiUses(block))),
	);
}

const nearby = 8;

function historicalWithoutAside(page: Page, block: CodeBlock): Problem[] {
	const between = (from: number, to: number) =>
		from <= to && to - from <= nearby && !page.headings.some((heading) => heading.line > from && heading.line < to);
	const beside = page.asides.some(
		({ variant, line, endLine }) =>
			(variant === 'danger' || variant === 'caution') &&
			(between(endLine, block.line) || between(block.endLine, line) || (line < block.line && endLine > block.endLine)),
	);
	const message = `a \`historical\` block needs a :::danger or :::caution aside in its section, within ${nearby} lines, that names the replacement`;
	return beside ? [] : [{ file: block.file, line: block.line, message }];
}

function removedApiUses(block: CodeBlock): Problem[] {
	const problems: Problem[] = [];
	const add = (line: number, message: string) =>
		problems.push({ file: block.file, line, message: `${message} (mark the block \`historical\` if it shows this for reference)` });
	for (const [pattern, message] of markers) {
		for (const match of block.value.matchAll(pattern)) add(lineAt(block.value, match.index, block.line + 1), message);
	}
	if (block.lang === 'yaml') {
		for (const { value, lineOf } of parseYamlBlock(block).documents) {
			const { apiVersion, kind } = (value ?? {}) as Record<string, unknown>;
			const removed = removedKinds[String(apiVersion)];
			if (removed?.kinds.includes(String(kind))) add(lineOf(['apiVersion']), `${apiVersion} ${kind} was ${removed.message}`);
		}
	}
	return problems.sort((a, b) => a.line - b.line);
}
