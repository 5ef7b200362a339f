/**
 * A reader's first search, as the search byte budget (e2e/search-bytes.spec.ts) and the benchmark
 * (src/bench/) measure it: a domain page loaded and settled, then intent (hovering the search
 * button), the dialog opened and the query set at once (as a paste does: typed letter by letter,
 * partial queries fetch results of their own, as many as the keystrokes' timing allows).
 */
import type { Page } from '@playwright/test';

/** Loads `path` and lets Starlight set up its search, which it does once the browser is idle. */
export async function loadBeforeSearch(page: Page, path = 'cluster-setup/'): Promise<void> {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
	await page.waitForLoadState('networkidle');
}

/** Shows intent, opens search, sets `query` and resolves once its results are shown in full. */
export async function searchAfterIntent(page: Page, query: string): Promise<void> {
	const intent = page.waitForRequest(/ui-core/);
	await page.locator('site-search button[data-open-modal]').hover();
	await intent;
	await page.keyboard.press('/');
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.locator('.pagefind-ui__search-input').fill(query);
	const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await dialog
		.locator('.pagefind-ui__message')
		.filter({ hasText: new RegExp(`^(No results|\\d+ results?) for ${escaped}$`) })
		.waitFor();
	// Each result shows a placeholder until its data has loaded.
	await dialog.locator('.pagefind-ui__result .pagefind-ui__loading').first().waitFor({ state: 'detached' });
	await page.waitForLoadState('networkidle');
}
