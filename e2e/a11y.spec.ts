import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { auditedPaths, label, searchFor, viewports } from './support/audit.ts';
import { sitemapPaths } from './support/site.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: every rule axe has for them, none disabled. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The one exclusion: `label-content-name-mismatch` (WCAG 2.5.3 Label in Name) on Starlight's search
 * button only. The button is named "Search" and shows "Search" plus the keyboard-shortcut hint
 * "Ctrl K", which it exposes as `aria-keyshortcuts`. The hint is not part of the label, and the
 * name begins with the visible label, which is what 2.5.3 asks; axe counts every visible character.
 * Every other rule still runs on the button, and this rule runs on every other element.
 */
const isSearchShortcutHint = (ruleId: string, target: string) =>
	ruleId === 'label-content-name-mismatch' && /^button\[data-open-modal(=""|)\]$/.test(target);

/** Runs axe on what the page shows now; returns one readable line per failing node. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.flatMap((violation) =>
		violation.nodes
			.filter((node) => !isSearchShortcutHint(violation.id, node.target.join(' ')))
			.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
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

/** What a screen reader is told about an element: Chromium's accessibility tree, via CDP. */
async function accessibleState(page: Page, selector: string, index = 0): Promise<{ role: string; name: string; expanded?: boolean }> {
	const cdp = await page.context().newCDPSession(page);
	const { result } = await cdp.send('Runtime.evaluate', {
		expression: `document.querySelectorAll(${JSON.stringify(selector)})[${index}]`,
	});
	const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId!, fetchRelatives: false });
	await cdp.detach();
	const node = nodes[0]!;
	const expanded = node.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
	return { role: String(node.role?.value), name: String(node.name?.value ?? ''), ...(expanded === undefined ? {} : { expanded }) };
}

test.describe('keyboard', () => {
	test.use({ viewport: viewports.desktop });

	test('on every page, Tab reaches every control, and each shows where the focus is', async ({ page, request, baseURL }) => {
		test.setTimeout(300_000);
		const problems: string[] = [];
		for (const path of await auditedPaths(request, baseURL!)) {
			await page.goto(path);
			// Every control a visitor can operate: rendered (dialogs closed, menus hidden do not count),
			// though it may be transparent until focused (permalinks, the skip link).
			const expected = await page.evaluate(() => {
				const controls = document.querySelectorAll<HTMLElement>(
					'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]):not([type="hidden"]), textarea, summary, [tabindex]:not([tabindex="-1"])',
				);
				const names: string[] = [];
				for (const control of controls) {
					if (!control.checkVisibility({ visibilityProperty: true }) || control.closest('[inert]')) continue;
					if (control.localName === 'summary' && control.parentElement?.closest('details:not([open])')) continue;
					control.dataset['tabStop'] = String(names.length);
					names.push(`${control.localName} "${(control.textContent ?? '').trim().slice(0, 40) || control.getAttribute('aria-label')}"`);
				}
				return names;
			});
			const inspectFocus = () => page.evaluate(() => {
				const element = document.activeElement as HTMLElement | null;
				if (!element || element === document.body) return null;
				const style = getComputedStyle(element);
				const box = element.getBoundingClientRect();
				let opacity = 1;
				for (let node: Element | null = element; node; node = node.parentElement) opacity *= Number(getComputedStyle(node).opacity);
				const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
				const ring = style.boxShadow !== 'none';
				return {
					stop: element.dataset['tabStop'],
					description: `${element.localName}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`,
					indicated: element.matches(':focus-visible') && (outline || ring),
					seen: opacity > 0 && box.width > 0 && box.height > 0,
				};
			});
			const reached = new Set<number>();
			for (let presses = 0; presses < expected.length * 2 + 10; presses++) {
				await page.keyboard.press('Tab');
				let focus = await inspectFocus();
				// Some controls fade in on focus (Expressive Code's copy button): judge them once shown.
				if (focus && !(focus.indicated && focus.seen)) focus = await page.waitForTimeout(400).then(inspectFocus);
				if (!focus) break;
				if (focus.stop === undefined) continue;
				const stop = Number(focus.stop);
				if (reached.has(stop)) break;
				reached.add(stop);
				if (!focus.indicated) problems.push(`${label(path)}: ${focus.description} has no visible focus indicator`);
				if (!focus.seen) problems.push(`${label(path)}: ${focus.description} is invisible while focused`);
			}
			expected.forEach((name, stop) => {
				if (!reached.has(stop)) problems.push(`${label(path)}: Tab never reaches ${name}`);
			});
		}
		expect(problems).toEqual([]);
	});

	test('a section opens and closes from the keyboard and reports whether it is expanded', async ({ page, request, baseURL }) => {
		const paths = await sitemapPaths(request, baseURL!);
		let path: string | undefined;
		for (const candidate of paths) {
			await page.goto(candidate);
			if ((await page.locator('main summary.cks-section__summary').count()) > 0) {
				path = candidate;
				break;
			}
		}
		expect(path, 'a page with collapsible sections').toBeDefined();
		const summary = page.locator('main summary.cks-section__summary').first();
		const details = summary.locator('xpath=..');
		await summary.focus();
		await expect(summary).toBeFocused();
		expect(await accessibleState(page, 'main summary.cks-section__summary')).toMatchObject({ expanded: true });
		await page.keyboard.press('Enter');
		await expect(details).not.toHaveAttribute('open');
		expect(await accessibleState(page, 'main summary.cks-section__summary')).toMatchObject({ expanded: false });
		await page.keyboard.press('Space');
		await expect(details).toHaveAttribute('open');
		expect(await accessibleState(page, 'main summary.cks-section__summary')).toMatchObject({ expanded: true });
		// The summary's name is its heading, so a screen reader announces "1.1 Topic, expanded".
		expect((await accessibleState(page, 'main summary.cks-section__summary')).name).toBe(
			(await summary.locator('h2, h3').first().innerText()).trim(),
		);
	});

	test('Collapse all and Expand all work from the keyboard and announce what they did', async ({ page, request, baseURL }) => {
		const paths = await sitemapPaths(request, baseURL!);
		const path = paths.find((candidate) => candidate.includes('cluster-setup')) ?? paths[0]!;
		await page.goto(path);
		const sections = page.locator('main details.cks-section__details');
		const total = await sections.count();
		expect(total).toBeGreaterThan(0);
		const status = page.getByRole('status').filter({ has: page.locator('[data-status]') }).or(page.locator('cks-section-controls [role="status"]'));

		const collapse = page.getByRole('button', { name: 'Collapse all' });
		await collapse.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('main details.cks-section__details[open]')).toHaveCount(0);
		await expect(status).toHaveText('All sections collapsed');
		expect(await accessibleState(page, 'main summary.cks-section__summary')).toMatchObject({ expanded: false });

		const expand = page.getByRole('button', { name: 'Expand all' });
		await expand.focus();
		await page.keyboard.press('Space');
		await expect(page.locator('main details.cks-section__details[open]')).toHaveCount(total);
		await expect(status).toHaveText('All sections expanded');
		expect(await accessibleState(page, 'main summary.cks-section__summary')).toMatchObject({ expanded: true });
	});
});
