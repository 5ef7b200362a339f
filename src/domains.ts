/** The six CKS exam domains in exam order, with their weights from the current curriculum (v1.34). */
export interface Domain {
	number: number;
	slug: string;
	title: string;
	weight: number;
}

export const domains: readonly Domain[] = [
	{ number: 1, slug: 'cluster-setup', title: 'Cluster Setup', weight: 15 },
	{ number: 2, slug: 'cluster-hardening', title: 'Cluster Hardening', weight: 15 },
	{ number: 3, slug: 'system-hardening', title: 'System Hardening', weight: 10 },
	{
		number: 4,
		slug: 'minimize-microservice-vulnerabilities',
		title: 'Minimize Microservice Vulnerabilities',
		weight: 20,
	},
	{ number: 5, slug: 'supply-chain-security', title: 'Supply Chain Security', weight: 20 },
	{
		number: 6,
		slug: 'monitoring-logging-runtime-security',
		title: 'Monitoring, Logging and Runtime Security',
		weight: 20,
	},
];
