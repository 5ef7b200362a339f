/**
 * The six CKS exam domains in exam order, with their weights and competencies quoted verbatim from
 * the CNCF CKS curriculum v1.34 (`CKS_Curriculum v1.34.pdf` in the cncf/curriculum repository).
 */
export interface Competency {
	/** The curriculum's wording, verbatim. */
	text: string;
	/** Heading ids, on this domain's page, of the topics that cover the competency. */
	topics: string[];
}

export interface Domain {
	number: number;
	slug: string;
	title: string;
	weight: number;
	competencies: Competency[];
}

export const CURRICULUM_VERSION = 'v1.34';

export const domains: readonly Domain[] = [
	{
		number: 1,
		slug: 'cluster-setup',
		title: 'Cluster Setup',
		weight: 15,
		competencies: [
			{
				text: 'Use Network security policies to restrict cluster level access',
				topics: ['11-network-security-policies', '14-protect-node-metadata-and-endpoints-with-networkpolicy'],
			},
			{
				text: 'Use CIS benchmark to review the security configuration of Kubernetes components (etcd, kubelet, kubedns, kubeapi)',
				topics: ['12-install--fix-using-kube-bench', '17-review-and-remediate-cis-benchmark-results'],
			},
			{ text: 'Properly set up Ingress objects with TLS', topics: ['13-ingress-tls-termination'] },
			{
				text: 'Protect node metadata and endpoints',
				topics: ['14-protect-node-metadata-and-endpoints-with-networkpolicy'],
			},
			{ text: 'Verify platform binaries before deploying', topics: ['16-verify-platform-binaries-before-deploying'] },
		],
	},
	{
		number: 2,
		slug: 'cluster-hardening',
		title: 'Cluster Hardening',
		weight: 15,
		competencies: [
			{
				text: 'Use Role Based Access Controls to minimize exposure',
				topics: ['22-use-role-based-access-controls-to-minimize-exposure'],
			},
			{
				text: 'Exercise caution in using service accounts e.g. disable defaults, minimize permissions on newly created ones',
				topics: ['23-exercise-caution-in-using-service-accounts-eg-disable-defaults-minimize-permissions-on-newly-created-ones'],
			},
			{ text: 'Restrict access to Kubernetes API', topics: ['21-restrict-access-to-kubernetes-api'] },
			{
				text: 'Upgrade Kubernetes to avoid vulnerabilities',
				topics: ['24-update-kubernetes-frequently', '25-upgrade-a-kubeadm-cluster'],
			},
		],
	},
	{
		number: 3,
		slug: 'system-hardening',
		title: 'System Hardening',
		weight: 10,
		competencies: [
			{ text: 'Minimize host OS footprint (reduce attack surface)', topics: [] },
			{ text: 'Using least-privilege identity and access management', topics: [] },
			{ text: 'Minimize external access to the network', topics: [] },
			{ text: 'Appropriately use kernel hardening tools such as AppArmor, seccomp', topics: [] },
		],
	},
	{
		number: 4,
		slug: 'minimize-microservice-vulnerabilities',
		title: 'Minimize Microservice Vulnerabilities',
		weight: 20,
		competencies: [
			{ text: 'Use appropriate pod security standards', topics: [] },
			{ text: 'Manage kubernetes secrets', topics: [] },
			{
				text: 'Understand and implement isolation techniques (multi-tenancy, sandboxed containers, etc.)',
				topics: [],
			},
			{ text: 'Implement Pod-to-Pod encryption (Cilium, Istio)', topics: [] },
		],
	},
	{
		number: 5,
		slug: 'supply-chain-security',
		title: 'Supply Chain Security',
		weight: 20,
		competencies: [
			{ text: 'Minimize base image footprint', topics: [] },
			{ text: 'Understand your supply chain (e.g. SBOM, CI/CD, artifact repositories)', topics: [] },
			{ text: 'Secure your supply chain (permitted registries, sign and validate artifacts, etc.)', topics: [] },
			{
				text: 'Perform static analysis of user workloads and container images (e.g. Kubesec, KubeLinter)',
				topics: [],
			},
		],
	},
	{
		number: 6,
		slug: 'monitoring-logging-runtime-security',
		title: 'Monitoring, Logging and Runtime Security',
		weight: 20,
		competencies: [
			{ text: 'Perform behavioral analytics to detect malicious activities', topics: [] },
			{ text: 'Detect threats within physical infrastructure, apps, networks, data, users and workloads', topics: [] },
			{ text: 'Investigate and identify phases of attack and bad actors within the environment', topics: [] },
			{ text: 'Ensure immutability of containers at runtime', topics: [] },
			{ text: 'Use Kubernetes audit logs to monitor access', topics: [] },
		],
	},
];

export function domainBySlug(slug: string): Domain {
	const domain = domains.find((candidate) => candidate.slug === slug);
	if (!domain) throw new Error(`No CKS domain has the slug "${slug}"`);
	return domain;
}
