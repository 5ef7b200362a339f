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
			{
				text: 'Minimize host OS footprint (reduce attack surface)',
				topics: ['31-minimize-host-os-footprint-reduce-attack-surface'],
			},
			{ text: 'Using least-privilege identity and access management', topics: ['32-minimize-iam-roles'] },
			{ text: 'Minimize external access to the network', topics: ['33-minimize-external-access-to-the-network'] },
			{
				text: 'Appropriately use kernel hardening tools such as AppArmor, seccomp',
				topics: [
					'34-appropriately-use-kernel-hardening-tools-such-as-apparmor-seccomp',
					'341-seccomp-profiles',
					'342-apparmor',
				],
			},
		],
	},
	{
		number: 4,
		slug: 'minimize-microservice-vulnerabilities',
		title: 'Minimize Microservice Vulnerabilities',
		weight: 20,
		competencies: [
			{
				text: 'Use appropriate pod security standards',
				topics: [
					'45-pod-security-standards-and-pod-security-admission',
					'41-setup-appropriate-os-level-security-domains-eg-using-psp-opa-security-contexts',
					'413-security-contexts',
				],
			},
			{ text: 'Manage kubernetes secrets', topics: ['42-manage-kubernetes-secrets', '46-encrypt-secrets-at-rest'] },
			{
				text: 'Understand and implement isolation techniques (multi-tenancy, sandboxed containers, etc.)',
				topics: [
					'48-isolation-and-multi-tenancy',
					'43-use-container-runtime-sandboxes-in-multi-tenant-environments-eg-gvisor-kata-containers',
				],
			},
			{
				text: 'Implement Pod-to-Pod encryption (Cilium, Istio)',
				topics: [
					'47-pod-to-pod-encryption-with-cilium-and-istio',
					'44-implement-pod-to-pod-encryption-by-use-of-mtls',
				],
			},
		],
	},
	{
		number: 5,
		slug: 'supply-chain-security',
		title: 'Supply Chain Security',
		weight: 20,
		competencies: [
			{ text: 'Minimize base image footprint', topics: ['51-minimize-base-image-footprint'] },
			{
				text: 'Understand your supply chain (e.g. SBOM, CI/CD, artifact repositories)',
				topics: ['55-understand-your-supply-chain-sbom-cicd-and-artifact-repositories'],
			},
			{
				text: 'Secure your supply chain (permitted registries, sign and validate artifacts, etc.)',
				topics: [
					'52-secure-your-supply-chain-whitelist-allowed-registries-sign-and-validate-images',
					'56-sign-and-verify-images-with-cosign',
				],
			},
			{
				text: 'Perform static analysis of user workloads and container images (e.g. Kubesec, KubeLinter)',
				topics: [
					'53-use-static-analysis-of-user-workloads-eg-kubernetes-resources-docker-files',
					'54-scan-images-for-known-vulnerabilities',
					'57-static-analysis-with-kubelinter',
				],
			},
		],
	},
	{
		number: 6,
		slug: 'monitoring-logging-runtime-security',
		title: 'Monitoring, Logging and Runtime Security',
		weight: 20,
		competencies: [
			{
				text: 'Perform behavioral analytics to detect malicious activities',
				topics: [
					'61-perform-behavioral-analytics-of-syscall-process-and-file-activities-at-the-host-and-container-level-to-detect-malicious-activities',
				],
			},
			{
				text: 'Detect threats within physical infrastructure, apps, networks, data, users and workloads',
				topics: ['62-detect-threats-within-physical-infrastructure-apps-networks-data-users-and-workloads'],
			},
			{
				text: 'Investigate and identify phases of attack and bad actors within the environment',
				topics: [
					'63-detect-all-phases-of-attack-regardless-where-it-occurs-and-how-it-spreads',
					'64-perform-deep-analytical-investigation-and-identification-of-bad-actors-within-environment',
				],
			},
			{
				text: 'Ensure immutability of containers at runtime',
				topics: [
					'65-ensure-immutability-of-containers-at-runtime',
					'67-enforce-immutability-with-pod-security-admission-and-validatingadmissionpolicy',
				],
			},
			{ text: 'Use Kubernetes audit logs to monitor access', topics: ['66-use-audit-logs-to-monitor-access'] },
		],
	},
];

export function domainBySlug(slug: string): Domain {
	const domain = domains.find((candidate) => candidate.slug === slug);
	if (!domain) throw new Error(`No CKS domain has the slug "${slug}"`);
	return domain;
}
