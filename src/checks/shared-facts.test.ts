import { test } from 'node:test';
import { readPage } from './content.ts';
import { checkSharedFacts } from './shared-facts.ts';
import { assertProblems } from './testing.ts';

const cis = (...lines: string[]) => readPage('content/docs/cluster-setup.mdx', ['## 1.7 Review CIS benchmark results', '', ...lines].join('\n'));

test('a CIS id that kube-bench does not have fails, wherever the page names one', () => {
	const pages = [
		readPage('content/docs/index.mdx', 'A default deny NetworkPolicy in every namespace (CIS 5.3.3).\n\nRun `kube-bench run --check 1.2.15,4.2.21` and `--skip 1.1.22`.\n'),
		cis('```sh', 'sudo chmod 700 /var/lib/etcd   # 1.1.11, 1.1.99', '```'),
	];
	assertProblems(checkSharedFacts(pages), [
		'content/docs/index.mdx:1: CIS 5.3.3 is not a check of the CIS Kubernetes Benchmark v1.12',
		'content/docs/index.mdx:3: CIS 4.2.21 is not a check',
		'content/docs/index.mdx:3: CIS 1.1.22 is not a check',
		'content/docs/cluster-setup.mdx:4: CIS 1.1.99 is not a check',
	]);
});

test('an id that annotates a flag, kubelet key or file another check is about fails', () => {
	const page = cis(
		'```yaml title="/etc/kubernetes/manifests/kube-apiserver.yaml" fragment',
		'spec:',
		'  containers:',
		'  - command:',
		'    - --profiling=false   # 1.2.16',
		'    - --authorization-mode=Node,RBAC   # 1.2.6-1.2.9',
		'```',
		'',
		'```yaml title="/var/lib/kubelet/config.yaml" fragment',
		'authentication:',
		'  anonymous:',
		'    enabled: false   # 4.2.2',
		'readOnlyPort: 0      # 4.2.4',
		'```',
		'',
		'```sh',
		'sudo chown root:root /etc/kubernetes/manifests/*.yaml   # 1.1.1',
		'sudo chmod 600 /var/lib/kubelet/config.yaml   # 4.1.3',
		'```',
		'',
		'- `kube-scheduler.yaml`: `--profiling=false` (1.4.1), `--bind-address=127.0.0.1` (1.3.3).',
		'- With `--service-account-extend-token-expiration=true` tokens live a year; CIS 1.2.29 wants `false`.',
	);
	assertProblems(checkSharedFacts([page]), [
		'content/docs/cluster-setup.mdx:7: CIS 1.2.16 is "Ensure that the --audit-log-path argument is set (Automated)", not about --profiling',
		'content/docs/cluster-setup.mdx:8: CIS 1.2.9 is "Ensure that the admission control plugin EventRateLimit is set (Manual)", not about --authorization-mode',
		'content/docs/cluster-setup.mdx:14: CIS 4.2.2 is "Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)", not about authentication.anonymous.enabled',
		'content/docs/cluster-setup.mdx:19: CIS 1.1.1 is "Ensure that the API server pod specification file permissions are set to 600 or more restrictive (Automated)": fixed with chmod, not chown',
		'content/docs/cluster-setup.mdx:20: CIS 4.1.3 is "If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive (Manual)", not about /var/lib/kubelet/config.yaml',
		'content/docs/cluster-setup.mdx:23: CIS 1.3.3 is "Ensure that the --use-service-account-credentials argument is set to true (Automated)", not about --bind-address',
		'content/docs/cluster-setup.mdx:24: CIS 1.2.29 is "Ensure that the API Server only makes use of Strong Cryptographic Ciphers (Manual)", not about --service-account-extend-token-expiration',
	]);
});

test('quoted kube-bench output must carry kube-bench\'s title', () => {
	const page = cis('```text', '[INFO] 1.2 API Server', '[FAIL] 1.2.15 Ensure that the --profiling argument is set to true (Automated)', '[WARN] 1.2.9 Ensure that the admission control plugin EventRateLimit is set (Manual)', '```');
	assertProblems(checkSharedFacts([page]), [
		'content/docs/cluster-setup.mdx:5: kube-bench prints 1.2.15 as "Ensure that the --profiling argument is set to false (Automated)", not "Ensure that the --profiling argument is set to true (Automated)"',
	]);
});

test('topic numbers are not CIS ids: links, "see 1.7", "topic 6.6", and ids outside CIS sections', () => {
	const pages = [
		cis('- 5.1: RBAC: see [2.2](/cluster-hardening/#22-rbac).', '', '```sh', 'docker run kube-bench   # (no kubeconfig: see 1.7)', 'echo   # 1.2.16 (plus mounts: topic 6.6)', '```', '', 'Kubernetes 1.32-1.34 maps to cis-1.12 (section 1.1).'),
		readPage('content/docs/system-hardening.mdx', '## 3.4 Seccomp\n\nSet it with security contexts ([4.1.3](#413-security-contexts)) (4.9.9).\n\n```sh\necho   # 9.9.9\n```\n'),
	];
	assertProblems(checkSharedFacts(pages), []);
});

test('a Falco path, unit or config key that Falco 0.44 does not have fails', () => {
	const page = readPage(
		'content/docs/monitoring-logging-runtime-security.mdx',
		[
			'```sh',
			'sudo vi /etc/falco/falco_rules.local.yml',
			'journalctl -u falco-modern-ebpf -f',
			'systemctl status falco-bpf   # the legacy probe',
			'systemctl status falco-bpf   # removed in 0.44',
			'```',
			'',
			'- `/etc/falco/falco.yaml`: `rules_file`, `json_output`; the sandbox rules are in `falco-sandbox_rules.yaml`; `/etc/falco/rules.d/`.',
			'',
			'```yaml title="/etc/falco/falco.yaml" fragment',
			'json_outputs: true',
			'file_output:',
			'  enabled: true',
			'```',
		].join('\n'),
	);
	assertProblems(checkSharedFacts([page]), [
		'content/docs/monitoring-logging-runtime-security.mdx:2: /etc/falco/falco_rules.local.yml is not a file Falco 0.44 installs or reads',
		'content/docs/monitoring-logging-runtime-security.mdx:3: falco-modern-ebpf is not a systemd unit of Falco 0.44',
		'content/docs/monitoring-logging-runtime-security.mdx:4: falco-bpf was removed in Falco 0.44',
		'content/docs/monitoring-logging-runtime-security.mdx:8: rules_file is not a key of falco.yaml in Falco 0.44',
		'content/docs/monitoring-logging-runtime-security.mdx:11: json_outputs is not a top-level key of falco.yaml in Falco 0.44',
	]);
});

test('audit flags with another path or retention than src/facts/audit.ts fail', () => {
	const page = readPage('content/docs/cheat-sheets/exam-day.mdx', '```yaml fragment\n- --audit-log-path=/var/log/audit.log\n- --audit-log-maxage=30\n- --audit-log-maxbackup=5\n```\n');
	assertProblems(checkSharedFacts([page]), [
		'content/docs/cheat-sheets/exam-day.mdx:2: --audit-log-path=/var/log/audit.log: every page uses --audit-log-path=/var/log/kubernetes/audit/audit.log',
		'content/docs/cheat-sheets/exam-day.mdx:4: --audit-log-maxbackup=5: every page uses --audit-log-maxbackup=10',
	]);
});
