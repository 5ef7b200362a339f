/**
 * Shared pieces of the quality gates (accessibility, budgets, privacy, security, no-JS, robustness):
 * the screen sizes they visit pages at, and what they do there. The pages are in `pages.ts`.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const viewports = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 360, height: 740 },
} as const;

/**
 * Loads a page as a reader finds it once it has settled: parsed, its scripts run (the load event)
 * and the network quiet. The network alone can go quiet first: on a slow machine the browser may
 * still be parsing a long page, with its scripts still to run, 500 ms after its last byte arrived.
 */
export async function loadFully(page: Page, path: string): Promise<void> {
	await page.goto(path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
}

/**
 * How long a first search may take to show results: it loads the search engine (WebAssembly) and
 * its index, and runs on the page's main thread, which on a slow machine is still busy with a long
 * page (the one-page view took over 15 s on one core).
 */
export const FIRST_SEARCH_TIMEOUT = 60_000;

/** Opens the search dialog, searches for a word every build has, and waits for results. */
export async function searchFor(page: Page, query = 'kubernetes'): Promise<Locator> {
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await expect(dialog).toBeVisible();
	await dialog.locator('input:visible').first().fill(query);
	await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: FIRST_SEARCH_TIMEOUT });
	return dialog;
}

/** Closes the first collapsible section with its summary, checks it closed, and opens it again. */
export async function toggleFirstSection(page: Page): Promise<boolean> {
	const summary = page.locator('main summary.cks-section__summary').first();
	if ((await summary.count()) === 0) return false;
	const details = summary.locator('xpath=..');
	await summary.click();
	await expect(details).not.toHaveAttribute('open');
	await summary.click();
	await expect(details).toHaveAttribute('open');
	return true;
}

/** Prints the page the way the browser's print command does (print media, beforeprint/afterprint). */
export async function printPage(page: Page): Promise<Buffer> {
	const pdf = await page.pdf();
	expect(pdf.byteLength).toBeGreaterThan(1000);
	return pdf;
}
