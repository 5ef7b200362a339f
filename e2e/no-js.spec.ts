import { expect, test } from '@playwright/test';
import { viewports } from './support/audit.ts';
import { auditedPages, builtPages, label, timeoutFor, UNKNOWN_PATH } from './support/pages.ts';
import { domains } from './support/site.ts';

/** The site without JavaScript: everything is readable and navigable; scripts only add comfort. */
test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: viewports.desktop });

	for (const path of auditedPages) {
		test(`${label(path)} shows its title and text, and its sections fold and unfold with a click`, async ({ page }) => {
			test.setTimeout(timeoutFor(path));
			const response = await page.goto(path);
			expect(response?.status()).toBe(path === UNKNOWN_PATH ? 404 : 200);
			await expect(page.locator('main h1')).toBeVisible();
			const text = await page.locator('main').innerText();
			expect(text.length, 'readable text').toBeGreaterThan(50);
			// Controls that need a script are not offered.
			await expect(page.getByRole('button', { name: 'Collapse all' })).toBeHidden();

			// Collapsible sections start open; other disclosures (a practice task's solution) start closed.
			const summaries = page.locator('main summary.cks-section__summary');
			const count = await summaries.count();
			if (domains.some((domain) => path === `${domain.slug}/`)) expect(count, 'sections on a domain page').toBeGreaterThan(0);
			for (const index of count > 0 ? new Set([0, count - 1]) : []) {
				const summary = summaries.nth(index);
				const details = summary.locator('xpath=..');
				const body = details.locator(':scope > :not(summary)').first();
				await expect(details).toHaveAttribute('open');
				await summary.scrollIntoViewIfNeeded();
				await summary.click({ position: { x: 4, y: 4 } });
				await expect(details, 'a click on a summary closes its section').not.toHaveAttribute('open');
				if ((await body.count()) > 0) await expect(body).toBeHidden();
				await summary.click({ position: { x: 4, y: 4 } });
				await expect(details, 'a second click opens it again').toHaveAttribute('open');
			}
		});
	}

	test('the sidebar leads to every page, and in-page links land on their targets', async ({ page, baseURL }) => {
		const paths = builtPages.filter((path) => path !== '');
		test.setTimeout(30_000 + paths.length * 10_000);
		await page.goto('');
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		for (const path of paths) {
			const link = sidebar.locator(`a[href$="/${path}"]`);
			if ((await link.count()) === 0) continue; // Not every page is in the sidebar (cheat sheets may be grouped).
			await link.first().click();
			await expect(page).toHaveURL(new URL(path, baseURL).href);
			await expect(page.locator('main h1')).toBeVisible();
		}
		// A table-of-contents link scrolls to its heading.
		const tocLink = page.locator('starlight-toc a[href^="#"]:not([href="#_top"])').first();
		if ((await tocLink.count()) > 0) {
			const id = decodeURIComponent((await tocLink.getAttribute('href'))!.slice(1));
			await tocLink.click();
			await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
		}
	});

	test('the next and previous links walk the pages', async ({ page }) => {
		await page.goto('');
		const next = page.locator('a[rel="next"]');
		await expect(next).toBeVisible();
		const title = await next.locator('.link-title').innerText();
		await next.click();
		await expect(page.locator('main h1')).toHaveText(title);
		await page.locator('a[rel="prev"]').click();
		await expect(page).toHaveURL(/\/$/);
	});

	test.describe('on a 360 px phone', () => {
		test.use({ viewport: viewports.phone, isMobile: true, hasTouch: true });

		test('the menu button opens the sidebar and its links work', async ({ page }) => {
			await page.goto('');
			await page.getByRole('button', { name: 'Menu', exact: true }).click();
			const sidebar = page.locator('#starlight__sidebar');
			await expect(sidebar).toBeVisible();
			const link = sidebar.getByRole('link').filter({ hasText: /^\s*1\. / }).first();
			const href = (await link.getAttribute('href'))!;
			await link.click();
			await expect(page).toHaveURL(new URL(href, page.url()).href);
			await expect(page.locator('main h1')).toContainText('1. ');
		});
	});
});
