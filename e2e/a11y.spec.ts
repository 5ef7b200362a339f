import { expect, test } from '@playwright/test';
import { axeViolations, settle } from './support/axe.ts';
import { searchFor, viewports } from './support/audit.ts';
import { auditedPages, label, timeoutFor } from './support/pages.ts';

for (const [size, viewport] of Object.entries(viewports)) {
	test.describe(`at ${viewport.width} px`, () => {
		// The theme follows the system setting until the reader picks one, as for most readers; the
		// page follows a change of that setting at once, so one visit audits both themes.
		test.use({ viewport, colorScheme: 'light', ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

		for (const path of auditedPages) {
			test(`${label(path)}: axe finds no WCAG 2.2 A/AA violation in the light theme or the dark`, async ({ page }) => {
				// axe weighs every text node's colours: its time grows with the page.
				test.setTimeout(timeoutFor(path, 180_000));
				await page.goto(path);
				await settle(page);
				for (const theme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme: theme });
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					// Colours that ease from one theme to the other are measured as they end.
					await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
					expect.soft(await axeViolations(page), `${theme} theme`).toEqual([]);
				}
			});
		}
	});
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`open overlays, ${theme} theme`, () => {
		test.use({ colorScheme: theme });

		test('the search dialog with results passes axe', async ({ page }) => {
			await page.goto('');
			await searchFor(page);
			expect(await axeViolations(page, 'dialog')).toEqual([]);
		});

		test.describe('on a phone', () => {
			test.use({ viewport: viewports.phone, isMobile: true, hasTouch: true });

			test('the open menu passes axe', async ({ page }) => {
				await page.goto('cluster-setup/');
				await page.getByRole('button', { name: 'Menu', exact: true }).click();
				await expect(page.locator('#starlight__sidebar')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		});
	});
}
