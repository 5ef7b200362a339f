/**
 * Lighthouse (mobile preset) on the built site, served the way the end-to-end tests serve it
 * (gzip, the site's `_headers`): the home page, a domain page and a cheat sheet. Prints the four
 * category scores and the main metrics. Not part of `npm test`: scores depend on the machine.
 *
 *   npm run build && npm run lighthouse
 *   npm run lighthouse -- /all-notes/ /exam-environment/     (other pages instead)
 *
 * CHROME_PATH picks the browser (default /usr/bin/chromium); LIGHTHOUSE_PORT the server's port.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { domains } from '../../src/domains.ts';

const port = Number(process.env['LIGHTHOUSE_PORT'] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

if (!existsSync('dist/sitemap-0.xml')) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}

/** The site's pages, from the built sitemap (its URLs name the deployed origin). */
const sitemapPaths = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
	(match) => new URL(match[1]!).pathname,
);

function defaultPages(): { name: string; path: string }[] {
	const pages = [
		{ name: 'home', path: '/' },
		{ name: 'domain page', path: `/${domains[0]!.slug}/` },
	];
	const cheatSheet = sitemapPaths.find((path) => /^\/cheat-sheets\/.+/.test(path));
	if (cheatSheet) pages.push({ name: 'cheat sheet', path: cheatSheet });
	else console.log('No cheat sheet in the sitemap yet (/cheat-sheets/...): skipping that page.');
	return pages;
}
const requested = process.argv.slice(2);
const pages = requested.length ? requested.map((path) => ({ name: 'page', path })) : defaultPages();

const server = spawn(
	process.execPath,
	['--experimental-strip-types', 'e2e/support/static-server.ts', '--dir', 'dist', '--port', String(port), '--base', '/'],
	{ stdio: 'ignore' },
);
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
	'first-contentful-paint': 'FCP',
	'largest-contentful-paint': 'LCP',
	'total-blocking-time': 'TBT',
	'cumulative-layout-shift': 'CLS',
	'total-byte-weight': 'bytes',
} as const;

let failed = false;
try {
	for (let attempt = 0; attempt < 50 && !(await fetch(`${origin}/`).then((response) => response.ok, () => false)); attempt++) {
		await sleep(100);
	}
	for (const { name, path } of pages) {
		const result = await lighthouse(`${origin}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: [...CATEGORIES],
		});
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { categories, audits } = result.lhr;
		const scores = CATEGORIES.map((category) => `${category} ${Math.round((categories[category]?.score ?? 0) * 100)}`);
		const metrics = Object.entries(METRICS).map(([audit, short]) => `${short} ${audits[audit]?.displayValue ?? '?'}`);
		console.log(`${name.padEnd(12)} ${path}\n  ${scores.join('  ')}\n  ${metrics.join('  ')}`);
		for (const category of CATEGORIES) {
			if ((categories[category]?.score ?? 0) >= 1) continue;
			const missed = (categories[category]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${ref.id} (${audits[ref.id]?.displayValue || audits[ref.id]?.score})`);
			if (missed.length) console.log(`  ${category} loses points on: ${missed.join(', ')}`);
		}
	}
} catch (error) {
	failed = true;
	console.error(error);
} finally {
	chrome.kill();
	server.kill();
}
process.exit(failed ? 1 : 0);
