/**
 * What a practice task needs beyond a working cluster and `kubectl`, as the task's metadata names
 * it. The label is what the practice pages show.
 */
export const ENVIRONMENTS = {
	cluster: 'Any cluster (kind or kubeadm)',
	'control-plane': 'Shell on a kubeadm control-plane node (static Pod manifests)',
	node: 'Shell on a worker node (kubelet, container runtime)',
	'networkpolicy-cni': 'A CNI that enforces NetworkPolicy (Calico or Cilium)',
	'ingress-nginx': 'An Ingress controller (ingress-nginx)',
	apparmor: 'A node with AppArmor enabled',
	falco: 'Falco installed on the nodes',
	gvisor: 'gVisor (runsc) configured in containerd',
	cilium: 'Cilium as the CNI',
	istio: 'Istio installed',
	'kube-bench': 'kube-bench on the node',
	trivy: 'Trivy on the workstation',
	cosign: 'cosign on the workstation',
	kubesec: 'kubesec on the workstation',
	'kube-linter': 'kube-linter on the workstation',
	docker: 'Docker or Podman to build images',
	gatekeeper: 'OPA Gatekeeper installed',
	'image-policy-webhook': 'An ImagePolicyWebhook backend reachable from the API server',
	'policy-controller': 'Sigstore policy-controller installed',
} as const;

export type Environment = keyof typeof ENVIRONMENTS;

export const ENVIRONMENT_IDS = Object.keys(ENVIRONMENTS) as [Environment, ...Environment[]];
