/**
 * Checks URLs with linkinator (MIT, actively maintained: 8.x released through 2026): it brings
 * bounded concurrency, a per-request timeout, HEAD with a GET fallback, retries with exponential
 * backoff on 5xx and network errors, and waits out `429` + `Retry-After` per host. It checks the
 * links of a page, so the URLs are given to it as one generated page listing each distinct URL once;
 * which pages use a URL, and with what text, is known from the built pages (external-links.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';

export interface CheckSettings {
	concurrency: number;
	/** Milliseconds for one request; a check makes up to two (HEAD, then GET) per attempt. */
	timeoutMs: number;
	/** Further attempts after a 5xx, a 429 without Retry-After or no answer, after 2, 4, 8 … s. */
	retries: number;
	/** Up to this many milliseconds added at random to each backoff. */
	retryJitterMs: number;
}

export const DEFAULT_SETTINGS: CheckSettings = { concurrency: 8, timeoutMs: 15_000, retries: 3, retryJitterMs: 2_000 };

export interface UrlStatus {
	url: string;
	state: 'ok' | 'broken' | 'skipped';
	/** The final HTTP status, or 0 when there was no answer. */
	status: number;
	/** Why there was no answer (timeout, DNS, TLS …). */
	error?: string;
	/** For a URL that redirects: the first hop's status (301, 302 …) and where it points. */
	redirect?: { status: number; location: string };
}

/** The page linkinator reads: every URL once. */
function linkListPage(urls: readonly string[]): string {
	const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	return `<!doctype html><title>links</title>${urls.map((url) => `<a href="${escape(url)}">${escape(url)}</a>`).join('\n')}`;
}

/** The first error's message, for a link that got no answer. */
function errorOf(result: LinkResult): string | undefined {
	const error = result.failureDetails?.find((detail): detail is Error => detail instanceof Error);
	if (!error) return undefined;
	const cause = (error as Error & { cause?: unknown }).cause;
	return cause instanceof Error ? `${error.message}: ${cause.message}` : `${error.name}: ${error.message}`;
}

/** Runs linkinator over `urls`; `redirects` follows them ('warn', reporting each) or stops at the first hop ('error'). */
async function runLinkinator(urls: readonly string[], settings: CheckSettings, redirects: 'warn' | 'error') {
	const folder = await mkdtemp(join(tmpdir(), 'cks-links-'));
	try {
		await writeFile(join(folder, 'index.html'), linkListPage(urls));
		const checker = new LinkChecker();
		const redirected = new Map<string, string | undefined>();
		checker.on('redirect', ({ url, targetUrl }) => redirected.set(url, targetUrl));
		const wanted = new Set(urls);
		const { links } = await checker.check({
			path: folder,
			recurse: false,
			concurrency: settings.concurrency,
			timeout: settings.timeoutMs,
			// Waits out a 429's Retry-After (for the whole host) before asking again.
			retry: true,
			retryErrors: settings.retries > 0,
			retryErrorsCount: settings.retries,
			retryErrorsJitter: settings.retryJitterMs,
			redirects,
		});
		return { results: links.filter((link) => wanted.has(link.url)), redirected };
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}

/**
 * The status of each URL. Redirects are followed, so a redirect to a broken page is broken; for the
 * URLs that redirected, a second pass with redirects not followed gives the first hop's status,
 * which tells a permanent move (301, 308) from a temporary redirect, and its Location.
 */
export async function checkUrls(urls: readonly string[], settings: CheckSettings = DEFAULT_SETTINGS): Promise<Map<string, UrlStatus>> {
	const statuses = new Map<string, UrlStatus>();
	if (urls.length === 0) return statuses;
	const followed = await runLinkinator(urls, settings, 'warn');
	for (const result of followed.results) {
		const state = result.state === LinkState.OK ? 'ok' : result.state === LinkState.SKIPPED ? 'skipped' : 'broken';
		const error = result.status ? undefined : errorOf(result);
		statuses.set(result.url, { url: result.url, state, status: result.status ?? 0, ...(error ? { error } : {}) });
	}
	for (const url of urls) {
		if (!statuses.has(url)) statuses.set(url, { url, state: 'broken', status: 0, error: 'linkinator gave no result for it' });
	}
	const redirected = [...followed.redirected.keys()].filter((url) => statuses.has(url));
	if (redirected.length === 0) return statuses;
	const firstHops = await runLinkinator(redirected, settings, 'error');
	for (const result of firstHops.results) {
		const hop = result.failureDetails?.find((detail) => !(detail instanceof Error) && detail.headers['location']);
		const location = hop && !(hop instanceof Error) ? hop.headers['location'] : undefined;
		const status = statuses.get(result.url);
		if (status && location && result.status) {
			status.redirect = { status: result.status, location: new URL(location, result.url).href };
		}
	}
	return statuses;
}
