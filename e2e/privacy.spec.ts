import { expect, test, type BrowserContext } from '@playwright/test';
import { auditedPaths, label, printPage, searchFor, toggleFirstSection, viewports } from './support/audit.ts';

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

for (const [size, viewport] of Object.entries(viewports)) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

		test('no page requests anything from another origin, also when searching, folding sections, hovering links and printing', async ({
			context,
			page,
			request,
			baseURL,
		}) => {
			test.setTimeout(300_000);
			const origin = new URL(baseURL!).origin;
			const requests = await recordRequests(context, origin);
			for (const path of await auditedPaths(request, baseURL!)) {
				await page.goto(path, { waitUntil: 'networkidle' });
				await toggleFirstSection(page);
				// Hovering a link would make Astro prefetch it, were prefetching on.
				const link = page.locator('main a[href]').filter({ visible: true }).first();
				if ((await link.count()) > 0) await link.hover();
				if (size === 'phone') {
					await page.getByRole('button', { name: 'Menu' }).click();
					await expect(page.locator('#starlight__sidebar'), label(path)).toBeVisible();
					await page.keyboard.press('Escape');
				}
				await searchFor(page);
				await page.keyboard.press('Escape');
				await page.emulateMedia({ media: 'print' });
				await printPage(page);
				await page.emulateMedia({ media: 'screen' });
				await page.waitForLoadState('networkidle');
			}
			expect(requests.outside).toEqual([]);
			expect(requests.count(), 'requests were recorded').toBeGreaterThan(10);
		});
	});
}

test('no page embeds anything from another origin', async ({ page, request, baseURL }) => {
	test.setTimeout(120_000);
	// Catches what the browser would not request during the test (lazy images below the fold,
	// media, frames): every URL in an attribute that loads something must be on the site.
	const origin = new URL(baseURL!).origin;
	const problems: string[] = [];
	for (const path of await auditedPaths(request, baseURL!)) {
		await page.goto(path);
		const urls = await page.evaluate(() =>
			[...document.querySelectorAll('[src], [srcset], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), object[data], video[poster], use[href]')].flatMap(
				(element) =>
					['src', 'srcset', 'href', 'data', 'poster']
						.map((attribute) => element.getAttribute(attribute))
						.filter((value): value is string => Boolean(value))
						.flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
						.map((value) => new URL(value, document.baseURI).href),
			),
		);
		for (const url of urls) {
			const { origin: target, protocol } = new URL(url);
			if (target !== origin && protocol !== 'data:') problems.push(`${label(path)} embeds ${url}`);
		}
	}
	expect(problems).toEqual([]);
});
