import { expect, test } from '@playwright/test';
import { axeViolations, settle } from './support/axe.ts';
import { searchFor, viewports } from './support/audit.ts';
import { auditedPages, label, timeoutFor } from './support/pages.ts';

for (const [size, viewport] of Object.entries(viewports)) {
	for (const theme of ['light', 'dark'] as const) {
		test.describe(`${theme} theme at ${viewport.width} px`, () => {
			// The theme follows the system setting until the reader picks one, as for most readers.
			test.use({ viewport, colorScheme: theme, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

			for (const path of auditedPages) {
				test(`${label(path)}: axe finds no WCAG 2.2 A/AA violation`, async ({ page }) => {
					// axe weighs every text node's colours: its time grows with the page.
					test.setTimeout(timeoutFor(path, 120_000));
					await page.goto(path);
					await settle(page);
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					expect(await axeViolations(page)).toEqual([]);
				});
			}
		});
	}
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
