import { expect, test } from '@playwright/test';
import { builtPages, label, timeoutFor } from './support/pages.ts';
import { chooseTheme, domains, sitemapPaths } from './support/site.ts';

test.describe('site frame', () => {
	// Status, h1 and description of every page: `pages.spec.ts`, one test per page.
	test('the served sitemap lists the built pages, home and the six domains among them', { tag: '@base-path' }, async ({ request, baseURL }) => {
		const paths = await sitemapPaths(request, baseURL!);
		expect(paths).toContain('');
		for (const domain of domains) expect(paths).toContain(`${domain.slug}/`);
		expect(paths.toSorted()).toEqual([...builtPages]);
	});

	test('the sidebar lists Home and the six domains in exam order with their weights', async ({ page }) => {
		await page.goto('');
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		await expect(sidebar.getByRole('link', { name: 'Home' })).toBeVisible();
		const domainLinks = sidebar.locator('a[href*="-"]').filter({ hasText: /^\d\. / });
		await expect(domainLinks).toHaveCount(domains.length);
		for (const [index, domain] of domains.entries()) {
			const link = domainLinks.nth(index);
			await expect(link).toContainText(`${domain.number}. ${domain.title}`);
			await expect(link.locator('.sl-badge')).toHaveText(`${domain.weight}%`);
		}
		const total = domains.reduce((sum, domain) => sum + domain.weight, 0);
		expect(total).toBe(100);
	});

	test('next links walk from the home page through the domains in order, and back', async ({ page }) => {
		test.setTimeout(domains.length * 2 * 15_000);
		await page.goto('');
		for (const domain of domains) {
			await page.locator('a[rel="next"]').click();
			await expect(page.locator('h1')).toHaveText(`${domain.number}. ${domain.title}`);
		}
		for (const domain of [...domains].reverse().slice(1)) {
			await page.locator('a[rel="prev"]').click();
			await expect(page.locator('h1')).toHaveText(`${domain.number}. ${domain.title}`);
		}
	});

	test('the theme select switches between light and dark and remembers the choice', async ({ page }) => {
		await page.goto('cluster-setup/');
		await chooseTheme(page, 'light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await chooseTheme(page, 'dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(darkBackground).not.toBe(lightBackground);
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});

	test('an unknown path answers 404 with a page that leads home', { tag: '@base-path' }, async ({ page, baseURL }) => {
		const response = await page.goto('no/such/page/');
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
		await page.locator('main').getByRole('link', { name: 'the home page' }).click();
		await expect(page).toHaveURL(baseURL!);
		await expect(page.locator('h1')).toHaveText('CKS Notes');
	});

	test('robots.txt allows crawling and names the sitemap under the base path', { tag: '@base-path' }, async ({
		request,
		baseURL,
	}) => {
		const response = await request.get('robots.txt');
		expect(response.status()).toBe(200);
		const text = await response.text();
		expect(text).toContain('User-agent: *');
		const sitemap = /^Sitemap: (.+)$/m.exec(text)?.[1];
		expect(new URL(sitemap!).pathname).toBe(`${new URL(baseURL!).pathname}sitemap-index.xml`);
	});
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

	for (const path of builtPages) {
		test(`${label(path)} shows the menu button and never scrolls sideways`, async ({ page }) => {
			test.setTimeout(timeoutFor(path));
			await page.goto(path);
			await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeVisible();
			// A phone widens its layout viewport to fit content wider than the screen (and shrinks the
			// text to match): the page must keep the device's width.
			const { layoutWidth, overflow } = await page.evaluate(() => ({
				layoutWidth: window.innerWidth,
				overflow: document.documentElement.scrollWidth - window.innerWidth,
			}));
			expect(layoutWidth, 'the layout is as wide as the screen').toBe(360);
			expect(overflow, 'wider than the screen').toBeLessThanOrEqual(0);
		});
	}

	test('the menu opens and shows the domains', async ({ page }) => {
		await page.goto('');
		await page.getByRole('button', { name: 'Menu', exact: true }).click();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByText('1. Cluster Setup')).toBeVisible();
	});
});
