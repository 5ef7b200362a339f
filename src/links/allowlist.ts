/**
 * Hosts whose links are not checked because they refuse automated requests: they answer a checker
 * with an error although the page exists for a reader. Each entry needs its reason; remove it when
 * the host starts answering. (Hosts behind Cloudflare's challenge, `403` with `cf-mitigated`, and
 * LinkedIn's `999` are skipped by linkinator itself.)
 */
export const ALLOWLIST: readonly { host: string; reason: string }[] = [
	// Bot protection answers 403 to any client that does not run its JavaScript challenge.
	{ host: 'www.cisecurity.org', reason: 'bot protection: 403 to non-browser clients' },
	// Akamai answers requests from cloud runners with 403 or lets them time out.
	{ host: 'www.microsoft.com', reason: 'Akamai bot protection: 403 or no answer to cloud runners' },
];

export function isAllowlisted(url: string, allowlist = ALLOWLIST): boolean {
	const { hostname } = new URL(url);
	return allowlist.some(({ host }) => hostname === host);
}
