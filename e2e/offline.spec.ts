import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadFully, printPage, searchFor, toggleFirstSection } from './support/audit.ts';
import { axeViolations } from './support/axe.ts';
import { deployCopy } from './support/deploy.ts';
import { builtPages, label } from './support/pages.ts';
import { watchForProblems } from './support/problems.ts';
import { CACHES, COPY_RECORD, MANIFEST_FILE } from '../src/offline/names.ts';

/**
 * Offline reading (issue 15): the Workbox service worker keeps what a reader opens, "Save for offline"
 * keeps the whole site, and a new deploy is offered, never forced. Service workers are allowed here
 * only (the other specs block them, so that every visit there is a first visit).
 */
test.use({ serviceWorkers: 'allow' });

/** Saving 4.5 MB through the worker: seconds on the local server, sized for a slow machine. */
const SAVE_TIMEOUT = 240_000;

const distOf = (baseURL: string) => (new URL(baseURL).pathname === '/' ? 'dist' : 'dist-base');

/** Waits until the service worker controls the page (registered after load, then claims the page). */
async function controlled(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** Every URL held by the site's caches. */
const cachedUrls = (page: Page) =>
	page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		}
		return urls;
	});

/** Clicks "Save for offline" and waits for the status line to say the copy is complete. */
async function saveForOffline(page: Page): Promise<string[]> {
	const offline = page.locator('cks-save-offline');
	// Its script loads when it comes into view (a reader scrolls to it).
	await offline.scrollIntoViewIfNeeded();
	// Everything the screen reader hears, in order.
	await page.evaluate(() => {
		const live = document.querySelector('cks-save-offline [aria-live]')!;
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		new MutationObserver(() => heard.push(live.textContent ?? '')).observe(live, { childList: true, characterData: true, subtree: true });
	});
	await offline.getByRole('button', { name: /Save for offline|Update offline copy|Save again/ }).click();
	await expect(offline.locator('[data-status]')).toContainText('Available offline, saved on', { timeout: SAVE_TIMEOUT });
	return page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

/** The record of the saved copy of the site at `site` (its address, ending in the base path). */
async function readRecord(page: Page, site: string): Promise<{ revision: string; files: number; bytes: number } | undefined> {
	return page.evaluate(async ({ url, cacheName }) => {
		const stored = await caches.match(url, { cacheName });
		return stored?.json();
	}, { url: new URL(COPY_RECORD, site).href, cacheName: CACHES.copy });
}

test.describe('offline reading @base-path', () => {
	test('a first visit keeps nothing the reader did not open, and registers the worker after load', async ({ page }) => {
		await loadFully(page, '');
		await controlled(page);
		await page.waitForLoadState('networkidle');
		const opened = await page.evaluate(() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]);
		const kept = await cachedUrls(page);
		expect(kept.filter((url) => !opened.includes(url)), 'cached without being opened').toEqual([]);
		expect(opened.filter((url) => url.endsWith(MANIFEST_FILE)), 'the list of every file, fetched unasked').toEqual([]);
		expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.scope))).toBe(
			new URL('.', page.url()).href,
		);
	});

	test('after "Save for offline", every page, search, sections and print work with the network off', async ({ page, context, baseURL }) => {
		test.setTimeout(SAVE_TIMEOUT + 120_000 + builtPages.length * 20_000);
		const errors = watchForProblems(page);
		await loadFully(page, '');
		await controlled(page);
		const started = Date.now();
		const heard = await saveForOffline(page);
		const record = await readRecord(page, baseURL!);
		console.log(`Offline copy (${distOf(baseURL!)}): ${record?.files} files, ${((record?.bytes ?? 0) / 1e6).toFixed(2)} MB, saved in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		expect(heard[0]).toMatch(/^Saving for offline: \d+ files, [\d.]+ MB\.$/);
		expect(heard.filter((text) => /^\d+% saved\.$/.test(text))).toEqual(['25% saved.', '50% saved.', '75% saved.']);
		expect(heard.at(-1)).toMatch(/^Saved: Available offline, saved on /);
		expect(await axeViolations(page, '.cks-offline')).toEqual([]);
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await axeViolations(page, '.cks-offline')).toEqual([]);

		await context.setOffline(true);
		for (const path of builtPages) {
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), `${label(path)} offline`).toBe(200);
			await expect(page.locator('h1').first(), `${label(path)} offline`).not.toBeEmpty();
		}
		await loadFully(page, 'cluster-setup/');
		for (const query of ['seccomp', 'falco', 'audit policy', 'cosign', 'apparmor']) {
			const dialog = await searchFor(page, query);
			await expect(dialog.getByRole('link').first(), `search for ${query} offline`).toBeVisible();
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
		}
		expect(await toggleFirstSection(page)).toBe(true);
		await printPage(page);

		await page.goto('no-such-page-saved-offline/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
		const saved = page.locator('cks-saved-pages');
		await expect(saved.locator('[data-summary]')).toContainText(`${builtPages.length} pages are saved`);
		await expect(saved.getByRole('link', { name: '1. Cluster Setup', exact: true })).toBeVisible();

		await context.setOffline(false);
		await loadFully(page, '');
		const offline = page.locator('cks-save-offline');
		await offline.scrollIntoViewIfNeeded();
		await expect(offline.locator('[data-status]')).toContainText('Available offline');
		await offline.getByRole('button', { name: 'Remove offline copy' }).click();
		await expect(offline.locator('[data-status]')).toContainText('Offline copy removed');
		expect(await page.evaluate(() => caches.keys())).toEqual([]);
		await expect(offline.getByRole('button', { name: 'Save for offline' })).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('Cancel stops saving and leaves no copy recorded', async ({ page, baseURL }) => {
		test.setTimeout(SAVE_TIMEOUT);
		await loadFully(page, '');
		await controlled(page);
		const offline = page.locator('cks-save-offline');
		await offline.scrollIntoViewIfNeeded();
		await offline.getByRole('button', { name: 'Save for offline' }).click();
		await expect(offline.locator('[data-progress-text]')).toContainText(/^[1-9]\d* of \d+ files/, { timeout: 60_000 });
		await offline.getByRole('button', { name: 'Cancel' }).click();
		await expect(offline.locator('[data-status]')).toContainText('Saving cancelled');
		await expect(offline.getByRole('button', { name: 'Cancel' })).toBeHidden();
		await expect(offline.getByRole('button', { name: 'Save for offline' })).toBeEnabled();
		await expect(offline.getByRole('button', { name: 'Save for offline' })).toBeFocused();
		expect(await readRecord(page, baseURL!)).toBeUndefined();
	});

	test('a new deploy refreshes the saved copy and is offered, never forced', async ({ page, context, baseURL }) => {
		test.setTimeout(SAVE_TIMEOUT * 2);
		const errors = watchForProblems(page);
		const deploy = await deployCopy(distOf(baseURL!), new URL(baseURL!).pathname);
		try {
			await page.goto(deploy.url, { waitUntil: 'load' });
			await controlled(page);
			await saveForOffline(page);
			const before = await readRecord(page, deploy.url);
			await page.goto(`${deploy.url}cluster-setup/`, { waitUntil: 'load' });
			await expect(page.locator('h1')).toHaveText('1. Cluster Setup');

			const revision = await deploy.changePage(['cluster-setup', 'system-hardening'], (html) =>
				html.replace(/(<h1 id="_top"[^>]*>)([^<]*)/, '$1$2 (new deploy)'),
			);
			expect(revision).not.toBe(before?.revision);
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
			const notice = page.getByRole('status').filter({ hasText: 'A new version of the notes is available.' });
			await expect(notice).toBeVisible({ timeout: 60_000 });
			// Not reloaded while reading.
			await expect(page.locator('h1')).toHaveText('1. Cluster Setup');
			expect(await axeViolations(page, '#cks-update-notice')).toEqual([]);
			// The saved copy follows the deploy in the background.
			await expect.poll(async () => (await readRecord(page, deploy.url))?.revision, { timeout: SAVE_TIMEOUT }).toBe(revision);

			await notice.getByRole('button', { name: 'Reload' }).click();
			await expect(page.locator('h1')).toHaveText('1. Cluster Setup (new deploy)', { timeout: 60_000 });
			await expect(page.getByText('A new version of the notes is available.')).toBeHidden();

			await context.setOffline(true);
			await page.goto(`${deploy.url}system-hardening/`, { waitUntil: 'load' });
			await expect(page.locator('h1')).toHaveText('3. System Hardening (new deploy)');
			const listed = new Set(deploy.files().map((path) => new URL(path, deploy.url).href));
			const stale = (await cachedUrls(page)).filter((url) => !listed.has(url) && !url.endsWith(`/${COPY_RECORD}`) && !url.endsWith(`/${MANIFEST_FILE}`));
			expect(stale, 'files the new deploy does not have').toEqual([]);
			expect(errors).toEqual([]);
		} finally {
			await context.setOffline(false);
			deploy.stop();
		}
	});
});

/** Files under dist/_astro/ a script loads before any interaction: itself and what it imports, recursively. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(`dist/_astro/${file}`, 'utf8');
	for (const [, from, bare] of code.matchAll(/from\s*"\.\/([^"]+)"|import\s*"\.\/([^"]+)"/g)) staticImports((from ?? bare)!, seen);
	return seen;
}

test('the service worker\'s registration adds at most 1.5 KB (gzip) to a first visit', () => {
	const html = readFileSync('dist/index.html', 'utf8');
	const entries = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map(([, file]) => file!);
	const registration = entries.find((file) => file.startsWith('OfflineRegistration.astro_astro_type_script'));
	expect(registration, 'the registration script on the home page').toBeDefined();
	const others = new Set(entries.filter((file) => file !== registration).flatMap((file) => [...staticImports(file)]));
	// What the page loads only because of the registration (the update notice loads when a deploy is found).
	const added = [...staticImports(registration!)].filter((file) => !others.has(file));
	const bytes = added.reduce((sum, file) => sum + gzipSync(readFileSync(`dist/_astro/${file}`)).byteLength, 0);
	console.log(`Service worker registration: ${bytes} bytes gzip (${added.join(', ')})`);
	expect(bytes).toBeLessThanOrEqual(1536);
});
