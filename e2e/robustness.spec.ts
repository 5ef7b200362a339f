import { expect, test } from '@playwright/test';
import { printPage, searchFor, toggleFirstSection } from './support/audit.ts';
import { builtPages, label } from './support/pages.ts';

/** Anchors of the original single-file notes (GitHub heading ids) that links in the wild still use. */
const SEED_ANCHORS = [
	'system-hardening/#341-seccomp-profiles',
	'minimize-microservice-vulnerabilities/#434-kata-containers',
	'cluster-hardening/#21--restrict-access-to-kubernetes-api',
];

/** The text of a page's first h1 (Starlight's page title), tags and surrounding space removed. */
function mainHeading(html: string): string {
	const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
	if (heading === undefined) throw new Error('the page has no h1');
	return heading.replace(/<[^>]+>/g, '').trim();
}

test.describe('robustness', () => {
	for (const unknown of ['no/such/page/', 'no-such-page', 'cluster-setup/no-such-topic/', 'notes.html']) {
		test(`an unknown path (${unknown}) answers 404 with a way home`, { tag: '@base-path' }, async ({ page, baseURL }) => {
			const response = await page.goto(unknown);
			expect(response?.status()).toBe(404);
			await expect(page.locator('main h1')).toBeVisible();
			const home = page.locator(`main a[href="${new URL(baseURL!).pathname}"]`);
			await expect(home.first()).toBeVisible();
			await home.first().click();
			await expect(page).toHaveURL(baseURL!);
		});
	}

	test('the 404 page offers a working search', { tag: '@base-path' }, async ({ page, baseURL }) => {
		await page.goto('no/such/page/');
		const dialog = await searchFor(page, 'seccomp');
		const result = dialog.getByRole('link').first();
		const href = await result.getAttribute('href');
		await result.click();
		await expect(page).toHaveURL(new URL(href!, baseURL).href);
		const response = await page.request.get(page.url());
		expect(response.status()).toBe(200);
		await expect(page.locator('main h1')).not.toHaveText(/not found/i);
	});

	// The host's redirect is plain HTTP, so a request follows it as a browser does, without rendering the page twice.
	for (const path of builtPages.filter((path) => path !== '')) {
		test(`${label(path)} answers with and without the trailing slash`, { tag: '@base-path' }, async ({ request, baseURL }) => {
			const withSlash = new URL(path, baseURL).href;
			const withoutSlash = withSlash.replace(/\/$/, '');
			const direct = await request.get(withSlash);
			expect(direct.status()).toBe(200);
			const response = await request.get(withoutSlash);
			expect(response.status()).toBe(200);
			expect(response.url(), `${withoutSlash} reaches the page`).toBe(withSlash);
			expect(mainHeading(await response.text()), `${withoutSlash} shows the page's h1`).toBe(mainHeading(await direct.text()));
		});
	}

	test('the anchors of the original notes still land on their topics', async ({ page, baseURL }) => {
		for (const target of SEED_ANCHORS) {
			await page.goto(target);
			const id = target.split('#')[1]!;
			const anchor = page.locator(`[id="${id}"]`);
			await expect(anchor, `${target} exists`).toHaveCount(1);
			await expect(anchor, `${target} is scrolled into view`).toBeInViewport();
			// Every section around the target is open.
			expect(await anchor.evaluate((element) => element.closest('details:not([open])') === null), target).toBe(true);
		}
		// The same, through a URL without the trailing slash (a redirect keeps the fragment).
		const [first] = SEED_ANCHORS;
		await page.goto(first!.replace('/#', '#'));
		await expect(page).toHaveURL(new URL(first!, baseURL).href);
		await expect(page.locator(`[id="${first!.split('#')[1]}"]`)).toBeInViewport();
	});
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`with site data blocked every script works, the theme follows the ${colorScheme} system`, { tag: '@base-path' }, async ({ page }) => {
			test.setTimeout(120_000);
			// What Chrome does when the reader blocks site data: reading localStorage throws.
			await page.addInitScript(() => {
				Object.defineProperty(window, 'localStorage', {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			});
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			await page.emulateMedia({ colorScheme });
			await page.goto('cluster-setup/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
			expect(await toggleFirstSection(page)).toBe(true);
			const other = colorScheme === 'light' ? 'dark' : 'light';
			await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption(other);
			await expect(page.locator('html')).toHaveAttribute('data-theme', other);
			await searchFor(page, 'seccomp');
			await page.keyboard.press('Escape');
			await printPage(page);
			expect(errors).toEqual([]);
		});
	}
});
