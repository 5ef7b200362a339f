import type { LinkUse } from './external-links.ts';
import type { UrlStatus } from './check-urls.ts';

/** Redirect statuses that mean "moved for good": the notes should link the new URL. */
const PERMANENT_REDIRECTS = new Set([301, 308]);

export interface Finding {
	url: string;
	/** The final status after redirects, 0 for no answer. */
	status: number;
	error?: string;
	/** The new URL, when the first hop is a permanent redirect. */
	movedTo?: string;
	/** Where the URL is used: each page and link text once. */
	uses: { page: string; text: string }[];
}

export interface LinkReport {
	urls: number;
	pages: number;
	broken: Finding[];
	moved: Finding[];
	/** URLs linkinator could not judge (a bot challenge answered). */
	unverifiable: Finding[];
	/** URLs not checked, on allowlisted hosts. */
	allowlisted: string[];
}

function usesOf(url: string, uses: readonly LinkUse[]): Finding['uses'] {
	const distinct = new Map<string, { page: string; text: string }>();
	for (const use of uses) if (use.url === url) distinct.set(`${use.page}\n${use.text}`, { page: use.page, text: use.text });
	return [...distinct.values()].sort((a, b) => a.page.localeCompare(b.page) || a.text.localeCompare(b.text));
}

function finding(status: UrlStatus, uses: readonly LinkUse[]): Finding {
	const movedTo = status.redirect && PERMANENT_REDIRECTS.has(status.redirect.status) ? status.redirect.location : undefined;
	return {
		url: status.url,
		status: status.status,
		...(status.error ? { error: status.error } : {}),
		...(movedTo ? { movedTo } : {}),
		uses: usesOf(status.url, uses),
	};
}

export function buildReport(uses: readonly LinkUse[], statuses: ReadonlyMap<string, UrlStatus>, allowlisted: readonly string[]): LinkReport {
	const checked = [...statuses.values()].sort((a, b) => a.url.localeCompare(b.url));
	return {
		urls: new Set(uses.map(({ url }) => url)).size,
		pages: new Set(uses.map(({ page }) => page)).size,
		broken: checked.filter(({ state }) => state === 'broken').map((status) => finding(status, uses)),
		moved: checked.filter((status) => status.state === 'ok' && finding(status, uses).movedTo).map((status) => finding(status, uses)),
		unverifiable: checked.filter(({ state }) => state === 'skipped').map((status) => finding(status, uses)),
		allowlisted: [...allowlisted].sort(),
	};
}

function statusText({ status, error }: Finding): string {
	return status === 0 ? `no answer (${error ?? 'unknown error'})` : String(status);
}

function section(title: string, findings: readonly Finding[], line: (finding: Finding) => string): string[] {
	if (findings.length === 0) return [];
	return [
		'',
		`## ${title} (${findings.length})`,
		'',
		...findings.flatMap((finding) => [`- ${line(finding)}`, ...finding.uses.map(({ page, text }) => `  - ${page} "${text}"`)]),
	];
}

/** The report as Markdown: readable in a terminal, and the body of the GitHub issue. */
export function formatReport(report: LinkReport): string {
	return [
		'# External links',
		'',
		`${report.urls} distinct external URLs on ${report.pages} ${report.pages === 1 ? 'page' : 'pages'}: ${report.broken.length} broken, ${report.moved.length} moved permanently.`,
		...section('Broken', report.broken, (f) => `${statusText(f)} ${f.url}${f.movedTo ? ` (moved to ${f.movedTo})` : ''}`),
		...section('Moved permanently: link the new URL', report.moved, (f) => `${f.url} → ${f.movedTo}`),
		...section('Not verifiable: the host answered with a bot challenge', report.unverifiable, (f) => `${statusText(f)} ${f.url}`),
		...(report.allowlisted.length > 0
			? ['', `## Not checked: allowlisted hosts, src/links/allowlist.ts (${report.allowlisted.length})`, '', ...report.allowlisted.map((url) => `- ${url}`)]
			: []),
	].join('\n');
}
