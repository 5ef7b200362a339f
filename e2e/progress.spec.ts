import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, settle } from './support/axe.ts';
import { viewports } from './support/audit.ts';
import { builtFile } from './support/pages.ts';
import { printedPdfText, squash } from './support/pdf-text.ts';

const KEY = 'cks-notes:progress';
const BACKUP_KEY = 'cks-notes:progress:unreadable';
const PROGRESS = 'progress/';
const NOTES = 'cluster-setup/';
const PRACTICE = 'practice/cluster-setup/';

const topicMark = (page: Page, number: string) => page.locator(`button[data-cks-topic="${number}"]`);
const taskMark = (page: Page, id: string) => page.locator(`button[data-cks-task="${id}"]`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function blockStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}

/** Collects uncaught errors, and every request that leaves the site's origin. */
function watch(page: Page, origin: string): { errors: string[]; foreign: string[] } {
	const seen = { errors: [] as string[], foreign: [] as string[] };
	page.on('pageerror', (error) => seen.errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.foreign.push(url);
	});
	return seen;
}

const row = (page: Page, slug: string) => page.locator(`tr[data-domain="${slug}"]`);

test.describe('study progress', () => {
	test('a mark shows as kept only once it is saved: a reader who leaves at once loses nothing shown as kept', async ({ page }) => {
		// What a change needs loads at the first click; on a slow connection that takes a while.
		await page.route(/\/_astro\/(progress-store|_virtual_cks-progress-validator|progress-message)\.[^/]+\.js$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 1_500));
			await route.continue();
		});
		await page.goto(NOTES);
		const mark = topicMark(page, '1.1');
		await mark.click();
		await expect(mark).toHaveAttribute('aria-busy', 'true');
		expect(await stored(page)).toBeNull();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		expect(JSON.parse((await stored(page)) ?? '{}').topics?.['1.1']?.reviewed).toBe(true);
		await expect(mark).not.toHaveAttribute('aria-busy');
	});

	test('a reviewed topic and a solved task are kept after a reload and counted on My progress', async ({ page, baseURL }) => {
		const seen = watch(page, new URL(baseURL!).origin);
		await page.goto(NOTES);
		const mark = topicMark(page, '1.1');
		await expect(mark).toBeVisible();
		await expect(mark).toHaveAccessibleName('Reviewed 1.1 Network security policies');
		await expect(mark).toHaveAttribute('aria-pressed', 'false');
		await mark.click();
		await expect(mark).toHaveAttribute('aria-pressed', 'true');
		// The section did not fold: the mark is outside its summary.
		await expect(page.locator('details:has(> summary [id="11-network-security-policies"])')).toHaveAttribute('open');

		await page.goto(PRACTICE);
		await taskMark(page, '1.1-a').click();
		await expect(taskMark(page, '1.1-a')).toHaveAttribute('aria-pressed', 'true');

		await page.reload();
		await expect(taskMark(page, '1.1-a')).toHaveAttribute('aria-pressed', 'true');
		await page.goto(NOTES);
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'true');
		await expect(topicMark(page, '1.2')).toHaveAttribute('aria-pressed', 'false');
		const record = JSON.parse((await stored(page)) ?? '{}');
		expect(record.version).toBe(1);
		expect(record.topics['1.1'].reviewed).toBe(true);
		expect(Date.parse(record.topics['1.1'].at)).toBeGreaterThan(Date.now() - 600_000);

		await page.goto(PROGRESS);
		const topics = Number((await row(page, 'cluster-setup').locator('[data-reviewed]').textContent())?.split('/')[1]);
		const tasks = Number((await row(page, 'cluster-setup').locator('[data-solved]').textContent())?.split('/')[1]);
		await expect(row(page, 'cluster-setup').locator('[data-reviewed]')).toHaveText(`1 / ${topics}`);
		await expect(row(page, 'cluster-setup').locator('[data-solved]')).toHaveText(`1 / ${tasks}`);
		const covered = Math.floor(((1 / topics + 1 / tasks) / 2) * 100);
		await expect(row(page, 'cluster-setup').locator('[data-covered]')).toHaveText(`${covered}%`);
		// Cluster Setup weighs 15%: readiness is 15% of its coverage, rounded down.
		await expect(page.locator('[data-readiness]')).toHaveText(`${Math.floor(((1 / topics + 1 / tasks) / 2) * 15)}%`);
		await expect(page.locator('[data-topic-item="1.1"] [data-state]')).toHaveText('reviewed');
		await expect(page.locator('[data-task-item="1.1-a"] [data-state]')).toHaveText('solved');
		// Next up starts with a heavy domain that has nothing marked, and lists its topics.
		await expect(page.locator('[data-next-up] h3').first()).toContainText('20 exam points at risk');
		// The sidebar shows the domain's completion, to screen readers too.
		const sidebarLink = page.locator('nav a[data-cks-progress="1"]');
		await expect(sidebarLink).toContainText(`${covered}% covered`);
		expect(await sidebarLink.evaluate((link) => getComputedStyle(link).getPropertyValue('--cks-progress').trim())).toBe(`${covered}%`);

		await page.locator('[data-checklist="cluster-setup"] summary').click();
		await page.locator('[data-topic-item="1.1"] a').click();
		await expect(page).toHaveURL(/cluster-setup\/#11-network-security-policies$/);
		expect(seen.errors).toEqual([]);
		expect(seen.foreign).toEqual([]);
	});

	test('a change in another tab shows up without a reload', async ({ context }) => {
		const first = await context.newPage();
		const second = await context.newPage();
		await first.goto(NOTES);
		await second.goto(PROGRESS);
		await expect(row(second, 'cluster-setup').locator('[data-reviewed]')).toHaveText(/^0 \//);
		await topicMark(first, '1.2').click();
		await expect(row(second, 'cluster-setup').locator('[data-reviewed]')).toHaveText(/^1 \//);
		const third = await context.newPage();
		await third.goto(NOTES);
		await topicMark(third, '1.2').click();
		await expect(topicMark(first, '1.2')).toHaveAttribute('aria-pressed', 'false');
	});

	test('with storage that throws, marks last for the visit, say they cannot be saved, and nothing breaks', async ({ page, baseURL }) => {
		await blockStorage(page);
		const seen = watch(page, new URL(baseURL!).origin);
		await page.goto(NOTES);
		await topicMark(page, '1.1').click();
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('status').filter({ hasText: 'Progress cannot be saved in this browser' })).toBeVisible();
		await page.goto(PROGRESS);
		await expect(page.locator('[data-storage-status]')).toContainText('does not let the site save data');
		await page.getByRole('button', { name: 'Export progress' }).click();
		expect(seen.errors).toEqual([]);
	});

	test('a damaged record is kept aside, the candidate is told and can download it; marking works again', async ({ page }) => {
		await page.addInitScript(
			([key]) => {
				if (!sessionStorage.getItem('seeded')) {
					localStorage.setItem(key as string, '{"version":1,"topics":{"1.1":{"reviewed":"yes"}}');
					sessionStorage.setItem('seeded', '1');
				}
			},
			[KEY],
		);
		await page.goto(PROGRESS);
		await expect(page.locator('[data-storage-status]')).toContainText('could not be read');
		await expect(page.locator('[data-backup]')).toBeVisible();
		expect(await stored(page), 'left as it is').toContain('"reviewed":"yes"');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download what was kept aside' }).click();
		expect(readFileSync(await (await download).path(), 'utf8')).toContain('\\"reviewed\\":\\"yes\\"');
		const backup = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)) ?? '[]');
		expect(backup[0].text).toContain('"reviewed":"yes"');

		await page.goto(NOTES);
		await topicMark(page, '1.3').click();
		await expect(topicMark(page, '1.3')).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
		expect(JSON.parse((await stored(page)) ?? '{}').topics['1.3'].reviewed).toBe(true);
		await page.goto(PROGRESS);
		await expect(page.locator('[data-storage-status]')).toContainText('Saved in this browser: 1 topic reviewed');
		await expect(page.locator('[data-backup]')).toBeVisible();
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Discard it' }).click();
		await expect(page.locator('[data-backup]')).toBeHidden();
		expect(await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY)).toBeNull();
	});

	test('marks for topics and tasks no longer on the site are kept and counted apart', async ({ page }) => {
		const at = '2026-11-01T10:00:00.000Z';
		await page.goto(PROGRESS);
		await page.evaluate(
			([key, record]) => localStorage.setItem(key as string, record as string),
			[KEY, JSON.stringify({ version: 1, topics: { '1.1': { reviewed: true, at }, '1.99': { reviewed: true, at } }, tasks: { '9.9-z': { solved: true, at } }, mockExams: [] })],
		);
		await page.reload();
		await expect(page.locator('[data-orphans]')).toHaveText(/^2 marks are for topics or tasks no longer on the site/);
		await expect(row(page, 'cluster-setup').locator('[data-reviewed]')).toHaveText(/^1 \//);
		await page.goto(NOTES);
		await topicMark(page, '1.2').click();
		// Read once it shows pressed: a mark shows as kept only once it is saved.
		await expect(topicMark(page, '1.2')).toHaveAttribute('aria-pressed', 'true');
		expect(Object.keys(JSON.parse((await stored(page)) ?? '{}').topics)).toEqual(['1.1', '1.99', '1.2']);
	});

	test('export, then import into a fresh browser, gives the same progress; a second import changes nothing', async ({ page, browser }) => {
		await page.goto(NOTES);
		await topicMark(page, '1.1').click();
		await topicMark(page, '1.4').click();
		// Saved once it shows pressed: leaving earlier may leave before the write (a reader would see it unpressed).
		await expect(topicMark(page, '1.4')).toHaveAttribute('aria-pressed', 'true');
		await page.goto(PRACTICE);
		await taskMark(page, '1.1-a').click();
		await expect(taskMark(page, '1.1-a')).toHaveAttribute('aria-pressed', 'true');
		await page.goto(PROGRESS);
		const readiness = await page.locator('[data-readiness]').textContent();
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const name = (await download).suggestedFilename();
		expect(name).toMatch(/^cks-notes-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const file = { name, mimeType: 'application/json', buffer: readFileSync(await (await download).path()) };

		const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin + new URL(page.url()).pathname.replace(/progress\/$/, '') });
		const other = await fresh.newPage();
		await other.goto(PROGRESS);
		await expect(other.locator('[data-readiness]')).toHaveText('0%');
		await other.getByLabel('Import progress').setInputFiles(file);
		await expect(other.locator('[data-data-message]')).toHaveText(/^Imported "cks-notes-progress-[\d-]+\.json": 2 topics, 1 task, 0 mock exam results added or changed\.$/);
		await expect(other.locator('[data-readiness]')).toHaveText(readiness!);
		expect(JSON.parse((await stored(other)) ?? '{}')).toEqual(JSON.parse((await stored(page)) ?? '{}'));
		await other.getByLabel('Import progress').setInputFiles(file);
		await expect(other.locator('[data-data-message]')).toContainText('Nothing new');
		await fresh.close();
	});

	test('a wrong, oversized or hostile file is refused with a reason and changes nothing', async ({ page }) => {
		await page.goto(NOTES);
		await topicMark(page, '1.1').click();
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'true');
		await page.goto(PROGRESS);
		const before = await stored(page);
		const at = '2026-11-01T10:00:00.000Z';
		const files: [string, string | Buffer, RegExp][] = [
			['notes.txt', 'not json at all', /not a JSON file/],
			['other.json', '{"name":"another app"}', /not CKS Notes progress/],
			['markup.json', JSON.stringify({ version: 1, topics: { '<img src=x onerror=alert(1)>': { reviewed: true, at } }, tasks: {}, mockExams: [] }), /not CKS Notes progress/],
			['huge.json', JSON.stringify({ version: 1, topics: {}, tasks: {}, mockExams: [{ exam: 'mock-exam-a', at, score: 1e308, max: 100, percent: 100, passed: true, domains: [] }] }), /not CKS Notes progress/],
			['deep.json', `{"version":1,"topics":{},"tasks":{},"mockExams":[${'['.repeat(5000)}${']'.repeat(5000)}]}`, /not CKS Notes progress/],
			['big.json', Buffer.alloc(10 * 1024 * 1024, ' '), /is 10240 KB, and a progress file is at most 512 KB/],
		];
		for (const [name, content, reason] of files) {
			await page.getByLabel('Import progress').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
			const message = page.locator('[data-data-message]');
			await expect(message).toContainText(`"${name}" was not imported`);
			await expect(message).toContainText(reason);
			await expect(message).toContainText('Nothing was changed.');
			expect(await stored(page)).toBe(before);
		}
		expect(await page.locator('img[src="x"]').count()).toBe(0);
	});

	test('a scored mock exam is kept in the history with its per-domain points', async ({ page }) => {
		await page.goto('practice/mock-exam-b/');
		const form = page.locator('[data-score-form]');
		const firstTask = form.locator('fieldset').first();
		const boxes = firstTask.locator('input[type="checkbox"]');
		for (let index = 0; index < (await boxes.count()); index += 1) await boxes.nth(index).check();
		const points = await firstTask.locator('input').evaluateAll((inputs) => inputs.reduce((sum, input) => sum + Number((input as HTMLElement).dataset['points']), 0));
		const domain = await firstTask.getAttribute('data-domain');
		await page.getByRole('button', { name: 'Show my score' }).click();
		await expect(page.locator('[data-total]')).toContainText(`${points} of 100 points`);
		await expect.poll(async () => JSON.parse((await stored(page)) ?? '{"mockExams":[]}').mockExams.length).toBe(1);
		await page.goto(PROGRESS);
		const history = page.locator('[data-exam-rows] tr');
		await expect(history).toHaveCount(1);
		await expect(history.first()).toContainText('Mock exam B');
		await expect(history.first()).toContainText(`${points} / 100 (${points}%)`);
		await expect(history.first()).toContainText('Not a pass');
		const record = JSON.parse((await stored(page)) ?? '{}');
		expect(record.mockExams[0].domains.find((entry: { domain: string }) => entry.domain === domain).score).toBe(points);
	});

	test('reset deletes every mark after a confirmation', async ({ page }) => {
		await page.goto(NOTES);
		await topicMark(page, '1.1').click();
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'true');
		await page.goto(PROGRESS);
		page.once('dialog', (dialog) => void dialog.dismiss());
		await page.getByRole('button', { name: 'Reset all progress' }).click();
		await expect(row(page, 'cluster-setup').locator('[data-reviewed]')).toHaveText(/^1 \//);
		page.once('dialog', (dialog) => void dialog.accept());
		await page.getByRole('button', { name: 'Reset all progress' }).click();
		await expect(row(page, 'cluster-setup').locator('[data-reviewed]')).toHaveText(/^0 \//);
		await expect(page.locator('[data-data-message]')).toHaveText('All progress in this browser was deleted.');
	});

	test('the marks work from the keyboard', async ({ page }) => {
		await page.goto(NOTES);
		await topicMark(page, '1.1').focus();
		await page.keyboard.press('Space');
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Tab');
		await expect(page.locator('summary:has([id="11-network-security-policies"])')).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(topicMark(page, '1.1')).toHaveAttribute('aria-pressed', 'false');
	});

	test('without JavaScript the marks are absent, and My progress says why', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto(NOTES);
		await expect(topicMark(page, '1.1')).toBeHidden();
		await page.goto(PROGRESS);
		await expect(page.locator('.cks-progress__no-script')).toBeVisible();
		await expect(page.locator('cks-progress-page')).toBeHidden();
		await context.close();
	});

	test('printed pages have no marks', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(NOTES);
		await topicMark(page, '1.1').click();
		await page.emulateMedia({ media: 'print' });
		await expect(topicMark(page, '1.1')).toBeHidden();
		const text = await printedPdfText(page);
		expect(text).toContain(squash('1.1 Network security policies'));
		expect(text).not.toContain(squash('Reviewed 1.1'));
	});

	test('the progress script adds at most 3 KB (gzip) to a page', () => {
		const html = readFileSync(builtFile(NOTES), 'utf8');
		const astroDir = builtFile(NOTES).replace(/cluster-setup\/index\.html$/, '_astro/');
		const entry = /<script type="module" src="[^"]*\/_astro\/(ProgressMarks[^"]+\.js)"/.exec(html)?.[1];
		expect(entry, 'the notes page loads the progress marks script').toBeTruthy();
		// The entry imports one chunk with the marks and the modules they share (astro.config.mjs);
		// it also holds Vite's dynamic-import helper, which the search script uses anyway.
		const chunks = [entry!, ...[...readFileSync(astroDir + entry!, 'utf8').matchAll(/"\.\/([^"]+\.js)"/g)].map(([, name]) => name!)];
		expect(chunks.some((name) => name.startsWith('progress-marks.'))).toBe(true);
		const bytes = chunks.reduce((sum, file) => sum + gzipSync(readFileSync(astroDir + file)).byteLength, 0);
		console.log(`Progress script on /${NOTES}: ${bytes} bytes gzip (${chunks.join(', ')})`);
		expect(bytes).toBeLessThanOrEqual(3 * 1024);
	});

	for (const theme of ['light', 'dark'] as const) {
		for (const [size, viewport] of Object.entries(viewports)) {
			test(`marks and My progress pass axe in the ${theme} theme at ${viewport.width} px`, async ({ page }) => {
				test.setTimeout(180_000);
				await page.emulateMedia({ colorScheme: theme });
				await page.setViewportSize(viewport);
				await page.goto(PRACTICE);
				await taskMark(page, '1.1-a').click();
				await expect(taskMark(page, '1.1-a')).toHaveAttribute('aria-pressed', 'true');
				await page.goto(NOTES);
				await topicMark(page, '1.1').click();
				await settle(page);
				expect(await axeViolations(page, 'main'), `${NOTES} at ${size}`).toEqual([]);
				const mark = await topicMark(page, '1.1').boundingBox();
				expect(mark!.width * mark!.height, 'a target of at least 24 by 24 px').toBeGreaterThanOrEqual(24 * 24);
				await page.goto(PROGRESS);
				await page.locator('[data-checklist="cluster-setup"] summary').click();
				await settle(page);
				expect(await axeViolations(page), `${PROGRESS} at ${size}`).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling').toBe(true);
			});
		}
	}
});
