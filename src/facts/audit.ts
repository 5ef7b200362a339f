/**
 * The API server's audit flags as every page writes them (domain 1.7, domain 6.6 and their cheat sheets).
 * Paths: the Kubernetes documentation's example, "Auditing" (kubernetes.io/docs/tasks/debug/debug-cluster/audit/):
 * `--audit-policy-file=/etc/kubernetes/audit-policy.yaml`, `--audit-log-path=/var/log/kubernetes/audit/audit.log`.
 * Retention: the values of CIS 1.2.17-1.2.19, read from their kube-bench titles (src/facts/cis-checks.ts).
 */
import { cisChecks } from './cis-checks.ts';

const cisValue = (id: string): string => {
	const value = /set to (\d+)/.exec(cisChecks[id]?.title ?? '')?.[1];
	if (value === undefined) throw new Error(`CIS ${id} names no value`);
	return value;
};

export const auditFlags: Readonly<Record<string, string>> = {
	'--audit-policy-file': '/etc/kubernetes/audit-policy.yaml',
	'--audit-log-path': '/var/log/kubernetes/audit/audit.log',
	'--audit-log-maxage': cisValue('1.2.17'),
	'--audit-log-maxbackup': cisValue('1.2.18'),
	'--audit-log-maxsize': cisValue('1.2.19'),
};
