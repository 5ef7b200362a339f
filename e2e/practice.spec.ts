import { expect, test, type Page } from '@playwright/test';
import { FIRST_SEARCH_TIMEOUT, loadFully } from './support/audit.ts';
import { printedPdfText, squash } from './support/pdf-text.ts';
import { domains } from './support/site.ts';

const PRACTICE_PAGE = 'practice/cluster-setup/';

/** Code lines of the page's solutions that its statements do not also contain. */
async function solutionOnlyLines(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		// Lines that are also elsewhere on the page (a `kubectl config use-context` that Verify repeats) are not the solution's own.
		const rest = document.querySelector('main')!.cloneNode(true) as HTMLElement;
		for (const solution of rest.querySelectorAll('.cks-solution, .cks-task__solution')) solution.remove();
		const elsewhere = rest.textContent ?? '';
		return [...document.querySelectorAll('.cks-solution .ec-line, .cks-task__solution .ec-line')]
			.map((line) => (line.textContent ?? '').trim())
			.filter((line) => line.length >= 20 && !elsewhere.includes(line));
	});
}

test.describe('practice pages', () => {
	test('every solution starts closed, and Expand all and Collapse all leave it closed', async ({ page }) => {
		await page.goto(PRACTICE_PAGE);
		const solutions = page.locator('details.cks-solution');
		const tasks = page.locator('article.cks-task > details');
		expect(await solutions.count()).toBeGreaterThanOrEqual(6);
		await expect(page.locator('details.cks-solution[open]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Collapse all' }).click();
		await expect(page.locator('article.cks-task > details[open]')).toHaveCount(0);
		await page.getByRole('button', { name: 'Expand all' }).click();
		await expect(page.locator('article.cks-task > details:not([open])')).toHaveCount(0);
		expect(await tasks.count()).toBe(await solutions.count());
		await expect(page.locator('details.cks-solution[open]')).toHaveCount(0);
		const first = solutions.first();
		await first.locator('summary').click();
		await expect(first).toHaveAttribute('open', '');
		await expect(first.locator('.cks-solution__body')).toBeVisible();
	});

	test('each task shows its time, points and needs, and links to the topics it practises, which link back', async ({ page }) => {
		await page.goto(PRACTICE_PAGE);
		const task = page.locator('article.cks-task').first();
		await expect(task.locator('.cks-task__facts')).toContainText(/\d+ min/);
		await expect(task.locator('.cks-task__facts')).toContainText(/\d+ points/);
		await expect(task.locator('.cks-task__about')).toContainText('Needs');
		const taskId = await task.getAttribute('id');
		await task.locator('.cks-task__about dd a').first().click();
		await expect(page).toHaveURL(/\/cluster-setup\/#\d/);
		const back = page.locator(`.cks-practise a[href$="#${taskId}"]`);
		await expect(back).toBeVisible();
		await back.click();
		await expect(page.locator(`#${taskId}`)).toBeInViewport();
	});

	test('a task setup script downloads, applies manifests idempotently, and says what it creates', async ({ page, request }) => {
		await page.goto(PRACTICE_PAGE);
		const href = await page.locator('.cks-task__about a[download]').first().getAttribute('href');
		expect(href).toMatch(/\/practice\/setup\/\d\.\d+-[a-z]\.sh$/);
		const response = await request.get(new URL(href ?? '', page.url()).href);
		expect(response.status()).toBe(200);
		const script = await response.text();
		expect(script).toMatch(/^#!\/usr\/bin\/env bash\n# CKS Notes practice task \d\.\d+-[a-z]: /);
		expect(script).toContain('set -euo pipefail');
		expect(script).not.toMatch(/kubectl (create|run|expose)\b(?!.*--dry-run=client)/);
	});

	test('the practice home and the sidebar list every domain with its task count', async ({ page }) => {
		await page.goto('practice/');
		const sidebar = page.locator('nav[aria-label="Main"]');
		for (const domain of domains) {
			await expect(page.getByRole('table', { name: 'Practice tasks per exam domain' }).getByRole('link', { name: `${domain.number}. ${domain.title}` })).toBeVisible();
			await expect(sidebar.getByRole('link', { name: new RegExp(`^${domain.title.replace(/[.,]/g, '.')}\\s+\\d+ tasks?$`) })).toHaveCount(1);
		}
	});

	test('a practice page prints its tasks without the solutions a reader has not opened', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(PRACTICE_PAGE);
		const lines = await solutionOnlyLines(page);
		await page.getByRole('button', { name: 'Collapse all' }).click();
		const pdf = await printedPdfText(page);
		const statement = (await page.locator('[data-task-statement] p').first().textContent()) ?? '';
		expect(pdf).toContain(squash(statement).slice(0, 60));
		expect(lines.filter((line) => pdf.includes(squash(line)))).toEqual([]);
		// An opened solution prints: the reader asked for it.
		await page.getByRole('button', { name: 'Expand all' }).click();
		await page.locator('details.cks-solution summary').first().click();
		const opened = await page.locator('details.cks-solution').first().locator('.ec-line').first().textContent();
		expect(await printedPdfText(page)).toContain(squash(opened ?? '').slice(0, 40));
	});

	test('the competency map lists the tasks beside the topics', async ({ page }) => {
		await page.goto('competencies/');
		const links = page.locator('a[href*="/practice/"][href*="#task-"]');
		expect(await links.count()).toBeGreaterThanOrEqual(26);
	});
});

test.describe('practice in search', () => {
	test.describe.configure({ timeout: FIRST_SEARCH_TIMEOUT + 60_000 });

	test('a task is found by its statement, filtered by type, and no result shows its solution', async ({ page }) => {
		await loadFully(page, PRACTICE_PAGE);
		const solutionLines = await solutionOnlyLines(page);
		expect(solutionLines.length).toBeGreaterThan(10);
		const records = await page.evaluate(async () => {
			// The practice page is two levels below the site's root.
			const pagefind = await import(new URL('../../pagefind/pagefind.js', location.href).href);
			const { results } = await pagefind.search(null, { filters: { type: 'Practice' } });
			return Promise.all(results.map(async (result: { data: () => Promise<{ url: string; content: string; meta: { title: string } }> }) => result.data()));
		});
		expect(records.length).toBeGreaterThanOrEqual(40);
		const leaks = records.flatMap((record) => solutionLines.filter((line) => squash(record.content).includes(squash(line))).map((line) => `${record.meta.title}: ${line}`));
		expect(leaks).toEqual([]);

		// The first task's statement, searched for by its title's words, comes up as a Practice result.
		const title = (await page.locator('article.cks-task .cks-task__title').first().textContent()) ?? '';
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.locator('input:visible').first().fill(title);
		const results = dialog.locator('.pagefind-ui__result-link');
		await expect(results.first()).toBeVisible({ timeout: FIRST_SEARCH_TIMEOUT });
		await dialog.getByRole('checkbox', { name: /^Practice/ }).check();
		await expect(results.first()).toContainText(title);
		await expect(dialog.locator('.pagefind-ui__result-link', { hasText: /^\d+\.\d/ })).toHaveCount(0);
	});
});
