import { expect, test, type Page } from '@playwright/test';
import { viewports } from './support/audit.ts';
import { auditedPages, builtPages, label, timeoutFor } from './support/pages.ts';

// A trace would snapshot the whole page at every key press: hundreds of snapshots per page.
test.use({ trace: 'off' });

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

/** Opens the first page of the sitemap that has collapsible sections. */
async function openPageWithSections(page: Page, paths: string[]): Promise<void> {
	for (const path of paths) {
		await page.goto(path);
		if ((await page.locator('main summary.cks-section__summary').count()) > 0) return;
	}
	throw new Error('No page in the sitemap has collapsible sections');
}

test.describe('keyboard', () => {
	test.use({ viewport: viewports.desktop });

	for (const path of auditedPages) {
		test(`${label(path)}: Tab reaches every control, and each shows where the focus is`, async ({ page }) => {
			const problems: string[] = [];
			test.setTimeout(timeoutFor(path));
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
			// Two key presses and a look at the focus per control, on a slow machine.
			test.setTimeout(timeoutFor(path) + expected.length * 2 * 250);
			const inspectFocus = () => page.evaluate(() => {
				const element = document.activeElement as HTMLElement | null;
				if (!element || element === document.body) return null;
				// Judge controls that fade in on focus (Expressive Code's copy button) as they end up.
				for (const animation of element.getAnimations()) animation.finish();
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
				const focus = await inspectFocus();
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
			expect(problems).toEqual([]);
		});
	}

	test('a section opens and closes from the keyboard and reports whether it is expanded', async ({ page }) => {
		await openPageWithSections(page, [...builtPages]);
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

	test('Collapse all and Expand all work from the keyboard and announce what they did', async ({ page }) => {
		await openPageWithSections(page, [...builtPages]);
		const sections = page.locator('main details.cks-section__details');
		const total = await sections.count();
		expect(total).toBeGreaterThan(0);
		const status = page.locator('cks-section-controls [role="status"]');

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
