import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { auditedPaths, label, searchFor, viewports } from './support/audit.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: every rule axe has for them, none disabled. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on what the page shows now; returns one readable line per failing node. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`,
		),
	);
}

for (const [size, viewport] of Object.entries(viewports)) {
	for (const theme of ['light', 'dark'] as const) {
		test.describe(`${theme} theme at ${viewport.width} px`, () => {
			// The theme follows the system setting until the reader picks one, as for most readers.
			test.use({ viewport, colorScheme: theme, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

			test('axe finds no WCAG 2.2 A/AA violation on any page', async ({ page, request, baseURL }) => {
				test.setTimeout(240_000);
				const problems: string[] = [];
				for (const path of await auditedPaths(request, baseURL!)) {
					await page.goto(path);
					await expect(page.locator('html'), label(path)).toHaveAttribute('data-theme', theme);
					problems.push(...(await axeViolations(page)).map((line) => `${label(path)}: ${line}`));
				}
				expect(problems).toEqual([]);
			});
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
				await page.getByRole('button', { name: 'Menu' }).click();
				await expect(page.locator('#starlight__sidebar')).toBeVisible();
				expect(await axeViolations(page)).toEqual([]);
			});
		});
	});
}
