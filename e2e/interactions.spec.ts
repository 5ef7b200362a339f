import { expect, test, type BrowserContext } from '@playwright/test';
import { loadFully, printPage, searchFor, toggleFirstSection, viewports } from './support/audit.ts';
import { auditedPages, label, timeoutFor } from './support/pages.ts';
import { watchForProblems } from './support/problems.ts';
import { chooseTheme } from './support/site.ts';

/**
 * Records every request the browser makes for the site (pages, workers, prefetches) and answers any
 * request that would leave the site's origin with an error, so that nothing is ever sent out.
 */
async function recordRequests(context: BrowserContext, origin: string): Promise<{ outside: string[]; count: () => number }> {
	const outside: string[] = [];
	let count = 0;
	await context.route('**/*', async (route) => {
		count++;
		const url = new URL(route.request().url());
		if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') {
			await route.continue();
		} else {
			outside.push(`${route.request().frame()?.url() ?? '(worker)'} requested ${url.href}`);
			await route.abort('blockedbyclient');
		}
	});
	return { outside, count: () => count };
}

/**
 * What a reader does on a page, with an eye on privacy and on errors: nothing may leave the site's
 * origin, and nothing may raise a CSP violation, a console error or an uncaught exception.
 */
for (const [size, viewport] of Object.entries(viewports)) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

		for (const path of auditedPages) {
			test(`${label(path)}: no request leaves the origin and nothing errs while switching theme, folding, hovering, searching and printing`, async ({
				context,
				page,
				baseURL,
			}) => {
				test.setTimeout(timeoutFor(path, 150_000));
				const requests = await recordRequests(context, new URL(baseURL!).origin);
				const problems = watchForProblems(page);
				await loadFully(page, path);
				if (size === 'desktop') {
					for (const theme of ['dark', 'light'] as const) {
						await chooseTheme(page, theme);
						await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					}
				}
				await toggleFirstSection(page);
				// Hovering a link would make Astro prefetch it, were prefetching on.
				const link = page.locator('main a[href]').filter({ visible: true }).first();
				if ((await link.count()) > 0) await link.hover();
				if (size === 'phone') {
					await page.getByRole('button', { name: 'Menu', exact: true }).click();
					await expect(page.locator('#starlight__sidebar')).toBeVisible();
					await page.keyboard.press('Escape');
				}
				const dialog = await searchFor(page);
				await page.keyboard.press('Escape');
				await expect(dialog).toBeHidden();
				await page.emulateMedia({ media: 'print' });
				await printPage(page);
				await page.emulateMedia({ media: 'screen' });
				await page.waitForLoadState('networkidle');

				expect(requests.outside).toEqual([]);
				expect(problems).toEqual([]);
				expect(requests.count(), 'requests were recorded').toBeGreaterThan(3);
			});
		}
	});
}
