import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkSite } from './check-site.ts';
import type { CheckSettings } from './check-urls.ts';
import { formatReport } from './link-report.ts';

/**
 * Small enough to finish fast, large enough that a busy machine still answers a local request in
 * time: only the hanging URL may run into the timeout.
 */
const SETTINGS: CheckSettings = { concurrency: 4, timeoutMs: 2_000, retries: 1, retryJitterMs: 0 };
/** linkinator backs off 2^n s before retry n, and tries HEAD then GET in each attempt. */
const backoffMs = Array.from({ length: SETTINGS.retries }, (_, n) => 2 ** (n + 1) * 1000).reduce((a, b) => a + b, 0);
const hangMs = (SETTINGS.retries + 1) * 2 * SETTINGS.timeoutMs + backoffMs;
/** The whole check: the hanging URL's attempts, a Retry-After second and the second pass, with slack for a slow machine. */
const BOUND_MS = hangMs + 8_000;

const requests = new Map<string, number>();
const server: Server = createServer((request, response) => {
	const path = request.url ?? '/';
	const count = (requests.get(path) ?? 0) + 1;
	requests.set(path, count);
	const answer = (status: number, headers: Record<string, string> = {}) => response.writeHead(status, { 'Content-Type': 'text/html', ...headers }).end('<!doctype html><title>t</title>');
	switch (path) {
		case '/ok':
		case '/new-home':
		case '/for-now':
			return answer(200);
		case '/moved':
			return answer(301, { Location: '/new-home' });
		case '/temporary':
			return answer(302, { Location: '/for-now' });
		case '/missing':
			return answer(404);
		case '/gone':
			return answer(410);
		case '/error':
			return answer(500);
		case '/busy':
			return count === 1 ? answer(429, { 'Retry-After': '1' }) : answer(200);
		case '/hang':
			return; // never answers
		default:
			return answer(404);
	}
});

let origin = '';
let site = '';

const page = (title: string, links: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main>${links}</main></body></html>`;

before(async () => {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	site = await mkdtemp(join(tmpdir(), 'cks-links-site-'));
	await mkdir(join(site, 'cluster-setup'));
	await mkdir(join(site, 'system-hardening'));
	await writeFile(join(site, 'index.html'), page('Home', '<a href="/cluster-setup/">Cluster Setup</a> <a href="https://notes.example/cluster-setup/">this site</a>'));
	await writeFile(
		join(site, 'cluster-setup', 'index.html'),
		page(
			'1. Cluster Setup',
			[
				`<a href="${origin}/ok">fine</a>`,
				`<a href="${origin}/ok#section">fine, a section of it</a>`,
				`<a href="${origin}/moved">the <code>old</code> page</a>`,
				`<a href="${origin}/temporary">a temporary redirect</a>`,
				`<a href="${origin}/missing">missing docs</a>`,
				`<a href="${origin}/gone">a removed page</a>`,
				`<a href="${origin}/error">a failing server</a>`,
				`<a href="${origin}/busy">a busy server</a>`,
				`<a href="${origin}/hang">a server that never answers</a>`,
				'<a href="https://blocked.invalid/page">a host that refuses checkers</a>',
				'<a href="mailto:someone@example.com">mail</a>',
			].join('\n'),
		),
	);
	await writeFile(join(site, 'system-hardening', 'index.html'), page('3. System Hardening', `<a href="${origin}/missing">the same missing docs</a>`));
});

after(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
	await rm(site, { recursive: true, force: true });
});

test('reports exactly the broken and the permanently moved links, with their pages and texts, in bounded time', { timeout: BOUND_MS + 10_000 }, async () => {
	const started = performance.now();
	const report = await checkSite({
		distDir: site,
		siteOrigin: 'https://notes.example',
		settings: SETTINGS,
		allowlist: [{ host: 'blocked.invalid', reason: 'test' }],
	});
	const elapsed = performance.now() - started;

	const hang = report.broken.find(({ url }) => url.endsWith('/hang'));
	assert.match(hang?.error ?? '', /timeout|aborted/i, 'the hanging URL is cut by the checker\'s timeout');
	delete hang?.error;
	assert.deepEqual(report, {
		urls: 9,
		pages: 2,
		broken: [
			{ url: `${origin}/error`, status: 500, uses: [{ page: '/cluster-setup/', text: 'a failing server' }] },
			{ url: `${origin}/gone`, status: 410, uses: [{ page: '/cluster-setup/', text: 'a removed page' }] },
			{ url: `${origin}/hang`, status: 0, uses: [{ page: '/cluster-setup/', text: 'a server that never answers' }] },
			{
				url: `${origin}/missing`,
				status: 404,
				uses: [
					{ page: '/cluster-setup/', text: 'missing docs' },
					{ page: '/system-hardening/', text: 'the same missing docs' },
				],
			},
		],
		moved: [{ url: `${origin}/moved`, status: 200, movedTo: `${origin}/new-home`, uses: [{ page: '/cluster-setup/', text: 'the old page' }] }],
		unverifiable: [],
		allowlisted: ['https://blocked.invalid/page'],
	});
	assert.ok((requests.get('/busy') ?? 0) >= 2, 'the 429 is retried after its Retry-After');
	assert.ok((requests.get('/error') ?? 0) > 2, 'the 500 is retried (after HEAD and GET)');
	assert.equal(requests.get('/ok'), 1, 'each distinct URL is requested once (a HEAD that answers 200)');
	assert.ok(elapsed < BOUND_MS, `took ${Math.round(elapsed)} ms, bound ${BOUND_MS} ms`);

	const text = formatReport(report);
	assert.match(text, new RegExp(`- 404 ${origin}/missing\\n  - /cluster-setup/ "missing docs"\\n  - /system-hardening/ "the same missing docs"`));
	assert.match(text, new RegExp(`- ${origin}/moved → ${origin}/new-home\\n  - /cluster-setup/ "the old page"`));
	assert.match(text, /- no answer \(.+\) http:\/\/127\.0\.0\.1:\d+\/hang/);
});
