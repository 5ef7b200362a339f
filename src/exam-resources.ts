/**
 * Documentation the Linux Foundation allows candidates to open during the CKS exam (its "Resources
 * allowed during the exam" list for CKS). Every external reference on the site is badged with
 * whether it is on this list, so that a candidate learns to find answers where the exam lets them.
 * The one source of the list: pages render it with src/components/ExamResources.astro.
 */
export interface AllowedResource {
	name: string;
	/** The name in a one-line list (the exam-day cheat sheet). */
	short: string;
	/** The address the list gives, shown on the home and exam pages. */
	url: string;
	/** Which addresses count as this resource. */
	pattern: RegExp;
}

export const allowedExamResources: readonly AllowedResource[] = [
	{
		name: 'Kubernetes documentation',
		short: 'kubernetes.io docs',
		url: 'https://kubernetes.io/docs/',
		pattern: /^https:\/\/kubernetes\.io\/([a-z]{2}(-[a-z]+)?\/)?docs(\/|$)/,
	},
	{
		name: 'Kubernetes blog',
		short: 'blog',
		url: 'https://kubernetes.io/blog/',
		pattern: /^https:\/\/kubernetes\.io\/([a-z]{2}(-[a-z]+)?\/)?blog(\/|$)/,
	},
	{ name: 'Falco documentation', short: 'Falco', url: 'https://falco.org/docs/', pattern: /^https:\/\/falco\.org\/docs(\/|$)/ },
	{ name: 'etcd documentation', short: 'etcd', url: 'https://etcd.io/docs/', pattern: /^https:\/\/etcd\.io\/docs(\/|$)/ },
	{
		name: 'bom CLI reference',
		short: 'bom',
		url: 'https://kubernetes-sigs.github.io/bom/cli-reference/',
		pattern: /^https:\/\/(kubernetes-sigs\.github\.io\/bom|github\.com\/kubernetes-sigs\/bom)(\/|$)/,
	},
	{
		name: 'Ingress-NGINX documentation',
		short: 'ingress-nginx',
		url: 'https://kubernetes.github.io/ingress-nginx/',
		pattern: /^https:\/\/kubernetes\.github\.io\/ingress-nginx(\/|$)/,
	},
	{
		name: 'Cilium documentation',
		short: 'Cilium',
		url: 'https://docs.cilium.io/en/stable/',
		pattern: /^https:\/\/docs\.cilium\.io(\/|$)/,
	},
	{
		name: 'Istio documentation',
		short: 'Istio',
		url: 'https://istio.io/latest/docs/',
		pattern: /^https:\/\/istio\.io\/([^/]+\/)?docs(\/|$)/,
	},
];

export function isAllowedInExam(href: string): boolean {
	return allowedExamResources.some((resource) => resource.pattern.test(href));
}
