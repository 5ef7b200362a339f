/**
 * The CIS Kubernetes Benchmark v1.12 checks, as kube-bench v0.15.6 names them: the one source of what a
 * check id means on these pages. The content check src/checks/shared-facts.ts fails when a page names an
 * id that is not here, quotes a title that differs, or annotates a flag, config key or file with an id
 * that checks something else.
 *
 * Source: github.com/aquasecurity/kube-bench, tag v0.15.6 (commit 92e522b9ac82d4253e8b7582de1e75f5dae1f4b5),
 * cfg/cis-1.12/{master,etcd,controlplane,node,policies}.yaml: `id` and `text` of every group and check.
 * kube-bench v0.15.6 maps Kubernetes 1.32, 1.33 and 1.34 to cis-1.12 (cfg/config.yaml, version_mapping).
 * `subjects` are what each check looks at, taken from the same files: the `--flags` in its text and its
 * test items, the kubelet config paths of its test items (`path: '{.readOnlyPort}'`), the admission
 * plugin it names, and for file checks the files of its audit and remediation with kube-bench's default
 * kubeadm paths for the variables (cfg/config.yaml: `$apiserverconf` is
 * /etc/kubernetes/manifests/kube-apiserver.yaml, `$kubeletconf` /var/lib/kubelet/config.yaml, ...;
 * `$etcddatadir` as kubeadm sets it, /var/lib/etcd). A few manual checks have no test items: their
 * subject is the kind they are about (NetworkPolicy for 5.3.x), added by hand.
 */

export const cisBenchmark = 'cis-1.12';

export interface CisCheck {
	/** kube-bench's text, as it prints it after `[PASS]`/`[FAIL]`/`[WARN]`. */
	title: string;
	/** Flags (`--profiling`), kubelet config paths (`authentication.anonymous.enabled`), admission plugins and files it checks. */
	subjects: readonly string[];
	/** A file check: permissions (fixed with chmod) or ownership (chown). */
	mode?: 'chmod' | 'chown';
}

/** Sections and groups: `[INFO] 1.2 API Server`. */
export const cisSections: Readonly<Record<string, string>> = {
	'1': 'Control Plane Security Configuration',
	'1.1': 'Control Plane Node Configuration Files',
	'1.2': 'API Server',
	'1.3': 'Controller Manager',
	'1.4': 'Scheduler',
	'2': 'Etcd Node Configuration',
	'3': 'Control Plane Configuration',
	'3.1': 'Authentication and Authorization',
	'3.2': 'Logging',
	'4': 'Worker Node Security Configuration',
	'4.1': 'Worker Node Configuration Files',
	'4.2': 'Kubelet',
	'4.3': 'kube-proxy',
	'5': 'Kubernetes Policies',
	'5.1': 'RBAC and Service Accounts',
	'5.2': 'Pod Security Standards',
	'5.3': 'Network Policies and CNI',
	'5.4': 'Secrets Management',
	'5.5': 'Extensible Admission Control',
	'5.6': 'General Policies',
};

export const cisChecks: Readonly<Record<string, CisCheck>> = {
	'1.1.1': {
		title: 'Ensure that the API server pod specification file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-apiserver.yaml'],
		mode: 'chmod',
	},
	'1.1.2': {
		title: 'Ensure that the API server pod specification file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-apiserver.yaml'],
		mode: 'chown',
	},
	'1.1.3': {
		title: 'Ensure that the controller manager pod specification file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-controller-manager.yaml'],
		mode: 'chmod',
	},
	'1.1.4': {
		title: 'Ensure that the controller manager pod specification file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-controller-manager.yaml'],
		mode: 'chown',
	},
	'1.1.5': {
		title: 'Ensure that the scheduler pod specification file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-scheduler.yaml'],
		mode: 'chmod',
	},
	'1.1.6': {
		title: 'Ensure that the scheduler pod specification file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/manifests/kube-scheduler.yaml'],
		mode: 'chown',
	},
	'1.1.7': {
		title: 'Ensure that the etcd pod specification file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/manifests/etcd.yaml'],
		mode: 'chmod',
	},
	'1.1.8': {
		title: 'Ensure that the etcd pod specification file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/manifests/etcd.yaml'],
		mode: 'chown',
	},
	'1.1.9': {
		title: 'Ensure that the Container Network Interface file permissions are set to 600 or more restrictive (Manual)',
		subjects: ['/var/lib/cni/networks'],
		mode: 'chmod',
	},
	'1.1.10': {
		title: 'Ensure that the Container Network Interface file ownership is set to root:root (Manual)',
		subjects: ['/var/lib/cni/networks'],
		mode: 'chown',
	},
	'1.1.11': {
		title: 'Ensure that the etcd data directory permissions are set to 700 or more restrictive (Automated)',
		subjects: ['/var/lib/etcd'],
		mode: 'chmod',
	},
	'1.1.12': {
		title: 'Ensure that the etcd data directory ownership is set to etcd:etcd (Automated)',
		subjects: ['/var/lib/etcd'],
		mode: 'chown',
	},
	'1.1.13': {
		title: 'Ensure that the default administrative credential file permissions are set to 600 (Automated)',
		subjects: ['/etc/kubernetes/admin.conf', '/etc/kubernetes/super-admin.conf'],
		mode: 'chmod',
	},
	'1.1.14': {
		title: 'Ensure that the default administrative credential file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/admin.conf', '/etc/kubernetes/super-admin.conf'],
		mode: 'chown',
	},
	'1.1.15': {
		title: 'Ensure that the scheduler.conf file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/scheduler.conf'],
		mode: 'chmod',
	},
	'1.1.16': {
		title: 'Ensure that the scheduler.conf file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/scheduler.conf'],
		mode: 'chown',
	},
	'1.1.17': {
		title: 'Ensure that the controller-manager.conf file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/kubernetes/controller-manager.conf'],
		mode: 'chmod',
	},
	'1.1.18': {
		title: 'Ensure that the controller-manager.conf file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/controller-manager.conf'],
		mode: 'chown',
	},
	'1.1.19': {
		title: 'Ensure that the Kubernetes PKI directory and file ownership is set to root:root (Automated)',
		subjects: ['/etc/kubernetes/pki'],
		mode: 'chown',
	},
	'1.1.20': {
		title: 'Ensure that the Kubernetes PKI certificate file permissions are set to 644 or more restrictive (Manual)',
		subjects: ['/etc/kubernetes/pki', '/etc/kubernetes/pki/*.crt'],
		mode: 'chmod',
	},
	'1.1.21': {
		title: 'Ensure that the Kubernetes PKI key file permissions are set to 600 (Manual)',
		subjects: ['/etc/kubernetes/pki', '/etc/kubernetes/pki/*.key'],
		mode: 'chmod',
	},
	'1.2.1': {
		title: 'Ensure that the --anonymous-auth argument is set to false (Manual)',
		subjects: ['--anonymous-auth'],
	},
	'1.2.2': {
		title: 'Ensure that the --token-auth-file parameter is not set (Automated)',
		subjects: ['--token-auth-file'],
	},
	'1.2.3': {
		title: 'Ensure that the --DenyServiceExternalIPs is set (Manual)',
		subjects: ['--enable-admission-plugins', 'DenyServiceExternalIPs'],
	},
	'1.2.4': {
		title: 'Ensure that the --kubelet-client-certificate and --kubelet-client-key arguments are set as appropriate (Automated)',
		subjects: ['--kubelet-client-certificate', '--kubelet-client-key'],
	},
	'1.2.5': {
		title: 'Ensure that the --kubelet-certificate-authority argument is set as appropriate (Automated)',
		subjects: ['--kubelet-certificate-authority'],
	},
	'1.2.6': {
		title: 'Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)',
		subjects: ['--authorization-mode'],
	},
	'1.2.7': {
		title: 'Ensure that the --authorization-mode argument includes Node (Automated)',
		subjects: ['--authorization-mode'],
	},
	'1.2.8': {
		title: 'Ensure that the --authorization-mode argument includes RBAC (Automated)',
		subjects: ['--authorization-mode'],
	},
	'1.2.9': {
		title: 'Ensure that the admission control plugin EventRateLimit is set (Manual)',
		subjects: ['EventRateLimit', '--enable-admission-plugins'],
	},
	'1.2.10': {
		title: 'Ensure that the admission control plugin AlwaysAdmit is not set (Automated)',
		subjects: ['AlwaysAdmit', '--enable-admission-plugins'],
	},
	'1.2.11': {
		title: 'Ensure that the admission control plugin AlwaysPullImages is set (Manual)',
		subjects: ['AlwaysPullImages', '--enable-admission-plugins'],
	},
	'1.2.12': {
		title: 'Ensure that the admission control plugin ServiceAccount is set (Automated)',
		subjects: ['ServiceAccount', '--disable-admission-plugins'],
	},
	'1.2.13': {
		title: 'Ensure that the admission control plugin NamespaceLifecycle is set (Automated)',
		subjects: ['NamespaceLifecycle', '--disable-admission-plugins'],
	},
	'1.2.14': {
		title: 'Ensure that the admission control plugin NodeRestriction is set (Automated)',
		subjects: ['NodeRestriction', '--enable-admission-plugins'],
	},
	'1.2.15': {
		title: 'Ensure that the --profiling argument is set to false (Automated)',
		subjects: ['--profiling'],
	},
	'1.2.16': {
		title: 'Ensure that the --audit-log-path argument is set (Automated)',
		subjects: ['--audit-log-path'],
	},
	'1.2.17': {
		title: 'Ensure that the --audit-log-maxage argument is set to 30 or as appropriate (Automated)',
		subjects: ['--audit-log-maxage'],
	},
	'1.2.18': {
		title: 'Ensure that the --audit-log-maxbackup argument is set to 10 or as appropriate (Automated)',
		subjects: ['--audit-log-maxbackup'],
	},
	'1.2.19': {
		title: 'Ensure that the --audit-log-maxsize argument is set to 100 or as appropriate (Automated)',
		subjects: ['--audit-log-maxsize'],
	},
	'1.2.20': {
		title: 'Ensure that the --request-timeout argument is set as appropriate (Manual)',
		subjects: ['--request-timeout'],
	},
	'1.2.21': {
		title: 'Ensure that the --service-account-lookup argument is set to true (Automated)',
		subjects: ['--service-account-lookup'],
	},
	'1.2.22': {
		title: 'Ensure that the --service-account-key-file argument is set as appropriate (Automated)',
		subjects: ['--service-account-key-file'],
	},
	'1.2.23': {
		title: 'Ensure that the --etcd-certfile and --etcd-keyfile arguments are set as appropriate (Automated)',
		subjects: ['--etcd-certfile', '--etcd-keyfile'],
	},
	'1.2.24': {
		title: 'Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate (Automated)',
		subjects: ['--tls-cert-file', '--tls-private-key-file'],
	},
	'1.2.25': {
		title: 'Ensure that the --client-ca-file argument is set as appropriate (Automated)',
		subjects: ['--client-ca-file'],
	},
	'1.2.26': {
		title: 'Ensure that the --etcd-cafile argument is set as appropriate (Automated)',
		subjects: ['--etcd-cafile'],
	},
	'1.2.27': {
		title: 'Ensure that the --encryption-provider-config argument is set as appropriate (Manual)',
		subjects: ['--encryption-provider-config', 'EncryptionConfiguration'],
	},
	'1.2.28': {
		title: 'Ensure that encryption providers are appropriately configured (Manual)',
		subjects: ['EncryptionConfiguration'],
	},
	'1.2.29': {
		title: 'Ensure that the API Server only makes use of Strong Cryptographic Ciphers (Manual)',
		subjects: ['--tls-cipher-suites'],
	},
	'1.2.30': {
		title: 'Ensure that the --service-account-extend-token-expiration parameter is set to false (Automated)',
		subjects: ['--service-account-extend-token-expiration'],
	},
	'1.3.1': {
		title: 'Ensure that the --terminated-pod-gc-threshold argument is set as appropriate (Manual)',
		subjects: ['--terminated-pod-gc-threshold'],
	},
	'1.3.2': {
		title: 'Ensure that the --profiling argument is set to false (Automated)',
		subjects: ['--profiling'],
	},
	'1.3.3': {
		title: 'Ensure that the --use-service-account-credentials argument is set to true (Automated)',
		subjects: ['--use-service-account-credentials'],
	},
	'1.3.4': {
		title: 'Ensure that the --service-account-private-key-file argument is set as appropriate (Automated)',
		subjects: ['--service-account-private-key-file'],
	},
	'1.3.5': {
		title: 'Ensure that the --root-ca-file argument is set as appropriate (Automated)',
		subjects: ['--root-ca-file'],
	},
	'1.3.6': {
		title: 'Ensure that the RotateKubeletServerCertificate argument is set to true (Automated)',
		subjects: ['--feature-gates'],
	},
	'1.3.7': {
		title: 'Ensure that the --bind-address argument is set to 127.0.0.1 (Automated)',
		subjects: ['--bind-address'],
	},
	'1.4.1': {
		title: 'Ensure that the --profiling argument is set to false (Automated)',
		subjects: ['--profiling'],
	},
	'1.4.2': {
		title: 'Ensure that the --bind-address argument is set to 127.0.0.1 (Automated)',
		subjects: ['--bind-address'],
	},
	'2.1': {
		title: 'Ensure that the --cert-file and --key-file arguments are set as appropriate (Automated)',
		subjects: ['--cert-file', '--key-file'],
	},
	'2.2': {
		title: 'Ensure that the --client-cert-auth argument is set to true (Automated)',
		subjects: ['--client-cert-auth'],
	},
	'2.3': {
		title: 'Ensure that the --auto-tls argument is not set to true (Automated)',
		subjects: ['--auto-tls'],
	},
	'2.4': {
		title: 'Ensure that the --peer-cert-file and --peer-key-file arguments are set as appropriate (Automated)',
		subjects: ['--peer-cert-file', '--peer-key-file'],
	},
	'2.5': {
		title: 'Ensure that the --peer-client-cert-auth argument is set to true (Automated)',
		subjects: ['--peer-client-cert-auth'],
	},
	'2.6': {
		title: 'Ensure that the --peer-auto-tls argument is not set to true (Automated)',
		subjects: ['--peer-auto-tls'],
	},
	'2.7': {
		title: 'Ensure that a unique Certificate Authority is used for etcd (Manual)',
		subjects: ['--trusted-ca-file'],
	},
	'3.1.1': {
		title: 'Client certificate authentication should not be used for users (Manual)',
		subjects: [],
	},
	'3.1.2': {
		title: 'Service account token authentication should not be used for users (Manual)',
		subjects: [],
	},
	'3.1.3': {
		title: 'Bootstrap token authentication should not be used for users (Manual)',
		subjects: [],
	},
	'3.2.1': {
		title: 'Ensure that a minimal audit policy is created (Manual)',
		subjects: ['--audit-policy-file'],
	},
	'3.2.2': {
		title: 'Ensure that the audit policy covers key security concerns (Manual)',
		subjects: [],
	},
	'4.1.1': {
		title: 'Ensure that the kubelet service file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['/etc/systemd/system/kubelet.service.d/10-kubeadm.conf'],
		mode: 'chmod',
	},
	'4.1.2': {
		title: 'Ensure that the kubelet service file ownership is set to root:root (Automated)',
		subjects: ['/etc/systemd/system/kubelet.service.d/10-kubeadm.conf'],
		mode: 'chown',
	},
	'4.1.3': {
		title: 'If proxy kubeconfig file exists ensure permissions are set to 600 or more restrictive (Manual)',
		subjects: ['/etc/kubernetes/proxy.conf'],
		mode: 'chmod',
	},
	'4.1.4': {
		title: 'If proxy kubeconfig file exists ensure ownership is set to root:root (Manual)',
		subjects: ['/etc/kubernetes/proxy.conf'],
		mode: 'chown',
	},
	'4.1.5': {
		title: 'Ensure that the --kubeconfig kubelet.conf file permissions are set to 600 or more restrictive (Automated)',
		subjects: ['--kubeconfig', '/etc/kubernetes/kubelet.conf'],
		mode: 'chmod',
	},
	'4.1.6': {
		title: 'Ensure that the --kubeconfig kubelet.conf file ownership is set to root:root (Automated)',
		subjects: ['--kubeconfig', '/etc/kubernetes/kubelet.conf'],
		mode: 'chown',
	},
	'4.1.7': {
		title: 'Ensure that the certificate authorities file permissions are set to 644 or more restrictive (Manual)',
		subjects: ['/etc/kubernetes/pki/ca.crt'],
		mode: 'chmod',
	},
	'4.1.8': {
		title: 'Ensure that the client certificate authorities file ownership is set to root:root (Manual)',
		subjects: ['/etc/kubernetes/pki/ca.crt'],
		mode: 'chown',
	},
	'4.1.9': {
		title: 'If the kubelet config.yaml configuration file is being used validate permissions set to 600 or more restrictive (Automated)',
		subjects: ['/var/lib/kubelet/config.yaml'],
		mode: 'chmod',
	},
	'4.1.10': {
		title: 'If the kubelet config.yaml configuration file is being used validate file ownership is set to root:root (Automated)',
		subjects: ['/var/lib/kubelet/config.yaml'],
		mode: 'chown',
	},
	'4.2.1': {
		title: 'Ensure that the --anonymous-auth argument is set to false (Automated)',
		subjects: ['--anonymous-auth', 'authentication.anonymous.enabled'],
	},
	'4.2.2': {
		title: 'Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)',
		subjects: ['--authorization-mode', 'authorization.mode'],
	},
	'4.2.3': {
		title: 'Ensure that the --client-ca-file argument is set as appropriate (Automated)',
		subjects: ['--client-ca-file', 'authentication.x509.clientCAFile'],
	},
	'4.2.4': {
		title: 'Verify that if defined, the --read-only-port argument is set to 0 (Manual)',
		subjects: ['--read-only-port', 'readOnlyPort'],
	},
	'4.2.5': {
		title: 'Ensure that the --streaming-connection-idle-timeout argument is not set to 0 (Manual)',
		subjects: ['--streaming-connection-idle-timeout', 'streamingConnectionIdleTimeout'],
	},
	'4.2.6': {
		title: 'Ensure that the --make-iptables-util-chains argument is set to true (Automated)',
		subjects: ['--make-iptables-util-chains', 'makeIPTablesUtilChains'],
	},
	'4.2.7': {
		title: 'Ensure that the --hostname-override argument is not set (Manual)',
		subjects: ['--hostname-override'],
	},
	'4.2.8': {
		title: 'Ensure that the eventRecordQPS argument is set to a level which ensures appropriate event capture (Manual)',
		subjects: ['--event-qps', 'eventRecordQPS'],
	},
	'4.2.9': {
		title: 'Ensure that the --tls-cert-file and --tls-private-key-file arguments are set as appropriate (Manual)',
		subjects: ['--tls-cert-file', '--tls-private-key-file', 'tlsCertFile', 'tlsPrivateKeyFile'],
	},
	'4.2.10': {
		title: 'Ensure that the --rotate-certificates argument is not set to false (Automated)',
		subjects: ['--rotate-certificates', 'rotateCertificates'],
	},
	'4.2.11': {
		title: 'Verify that the RotateKubeletServerCertificate argument is set to true (Manual)',
		subjects: ['featureGates.RotateKubeletServerCertificate'],
	},
	'4.2.12': {
		title: 'Ensure that the Kubelet only makes use of Strong Cryptographic Ciphers (Manual)',
		subjects: ['--tls-cipher-suites', 'tlsCipherSuites'],
	},
	'4.2.13': {
		title: 'Ensure that a limit is set on pod PIDs (Manual)',
		subjects: ['--pod-max-pids', 'podPidsLimit'],
	},
	'4.2.14': {
		title: 'Ensure that the --seccomp-default parameter is set to true (Manual)',
		subjects: ['--seccomp-default', 'seccompDefault'],
	},
	'4.3.1': {
		title: 'Ensure that the kube-proxy metrics service is bound to localhost (Automated)',
		subjects: ['--metrics-bind-address', 'metricsBindAddress'],
	},
	'5.1.1': {
		title: 'Ensure that the cluster-admin role is only used where required (Manual)',
		subjects: [],
	},
	'5.1.2': {
		title: 'Minimize access to secrets (Manual)',
		subjects: [],
	},
	'5.1.3': {
		title: 'Minimize wildcard use in Roles and ClusterRoles (Manual)',
		subjects: [],
	},
	'5.1.4': {
		title: 'Minimize access to create pods (Manual)',
		subjects: [],
	},
	'5.1.5': {
		title: 'Ensure that default service accounts are not actively used (Manual)',
		subjects: [],
	},
	'5.1.6': {
		title: 'Ensure that Service Account Tokens are only mounted where necessary (Manual)',
		subjects: [],
	},
	'5.1.7': {
		title: 'Avoid use of system:masters group (Manual)',
		subjects: [],
	},
	'5.1.8': {
		title: 'Limit use of the Bind, Impersonate and Escalate permissions in the Kubernetes cluster (Manual)',
		subjects: [],
	},
	'5.1.9': {
		title: 'Minimize access to create persistent volumes (Manual)',
		subjects: [],
	},
	'5.1.10': {
		title: 'Minimize access to the proxy sub-resource of nodes (Manual)',
		subjects: [],
	},
	'5.1.11': {
		title: 'Minimize access to the approval sub-resource of certificatesigningrequests objects (Manual)',
		subjects: [],
	},
	'5.1.12': {
		title: 'Minimize access to webhook configuration objects (Manual)',
		subjects: [],
	},
	'5.1.13': {
		title: 'Minimize access to the service account token creation (Manual)',
		subjects: [],
	},
	'5.2.1': {
		title: 'Ensure that the cluster has at least one active policy control mechanism in place (Manual)',
		subjects: [],
	},
	'5.2.2': {
		title: 'Minimize the admission of privileged containers (Manual)',
		subjects: [],
	},
	'5.2.3': {
		title: 'Minimize the admission of containers wishing to share the host process ID namespace (Manual)',
		subjects: [],
	},
	'5.2.4': {
		title: 'Minimize the admission of containers wishing to share the host IPC namespace (Manual)',
		subjects: [],
	},
	'5.2.5': {
		title: 'Minimize the admission of containers wishing to share the host network namespace (Manual)',
		subjects: [],
	},
	'5.2.6': {
		title: 'Minimize the admission of containers with allowPrivilegeEscalation (Manual)',
		subjects: [],
	},
	'5.2.7': {
		title: 'Minimize the admission of root containers (Manual)',
		subjects: [],
	},
	'5.2.8': {
		title: 'Minimize the admission of containers with the NET_RAW capability (Manual)',
		subjects: [],
	},
	'5.2.9': {
		title: 'Minimize the admission of containers with capabilities assigned (Manual)',
		subjects: [],
	},
	'5.2.10': {
		title: 'Minimize the admission of Windows HostProcess containers (Manual)',
		subjects: [],
	},
	'5.2.11': {
		title: 'Minimize the admission of HostPath volumes (Manual)',
		subjects: [],
	},
	'5.2.12': {
		title: 'Minimize the admission of containers which use HostPorts (Manual)',
		subjects: [],
	},
	'5.3.1': {
		title: 'Ensure that the CNI in use supports NetworkPolicies (Manual)',
		subjects: ['NetworkPolicy'],
	},
	'5.3.2': {
		title: 'Ensure that all Namespaces have NetworkPolicies defined (Manual)',
		subjects: ['NetworkPolicy'],
	},
	'5.4.1': {
		title: 'Prefer using Secrets as files over Secrets as environment variables (Manual)',
		subjects: [],
	},
	'5.4.2': {
		title: 'Consider external secret storage (Manual)',
		subjects: [],
	},
	'5.5.1': {
		title: 'Configure Image Provenance using ImagePolicyWebhook admission controller (Manual)',
		subjects: ['ImagePolicyWebhook'],
	},
	'5.6.1': {
		title: 'Create administrative boundaries between resources using namespaces (Manual)',
		subjects: [],
	},
	'5.6.2': {
		title: 'Ensure that the seccomp profile is set to docker/default in your Pod definitions (Manual)',
		subjects: [],
	},
	'5.6.3': {
		title: 'Apply SecurityContext to your Pods and Containers (Manual)',
		subjects: [],
	},
	'5.6.4': {
		title: 'The default namespace should not be used (Manual)',
		subjects: [],
	},
};
