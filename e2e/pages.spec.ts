import { expect, test } from '@playwright/test';
import { brokenInternalLinks } from './support/links.ts';
import { auditedPages, label, timeoutFor, UNKNOWN_PATH } from './support/pages.ts';
import { expectSecurityHeaders, outsideEmbeds } from './support/page-checks.ts';

/**
 * One visit per page for everything that only needs to read it: status, one h1, a description, the
 * security headers and script policy, nothing embedded from another origin, and internal links,
 * assets and anchors that resolve. One test per page, on both builds.
 */
for (const path of auditedPages) {
	test(`${label(path)}: status, one h1, description, security headers, own-origin embeds, links that resolve`, { tag: '@base-path' }, async ({
		page,
		request,
		baseURL,
	}) => {
		test.setTimeout(timeoutFor(path));
		const response = await page.goto(path);
		expect(response?.status()).toBe(path === UNKNOWN_PATH ? 404 : 200);
		await expect(page.locator('h1')).toHaveCount(1);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description?.length ?? 0, 'a meta description').toBeGreaterThan(20);

		await expectSecurityHeaders(page, response!.headers());
		expect(await outsideEmbeds(page, new URL(baseURL!).origin)).toEqual([]);

		const links = await brokenInternalLinks(page, request, baseURL!);
		expect(links.problems).toEqual([]);
		expect(links.references, 'internal references on the page').toBeGreaterThan(5);
	});
}
