/** axe, as every accessibility test runs it: WCAG 2.2 A/AA rules on the page as a reader finds it. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

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

/**
 * Waits until the page has settled as a reader finds it: loaded, and every code block that scrolls
 * made keyboard-focusable by Expressive Code's script (it does so once the browser is idle).
 */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
	// Blocks in a closed <details> (a practice task's solution) are hidden: axe skips them, and
	// Expressive Code makes them focusable only once they are shown.
	await page.waitForFunction(() =>
		[...document.querySelectorAll('.expressive-code pre')].every(
			(pre) => pre.closest('details:not([open])') !== null || pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
		),
	);
}

/**
 * Runs axe on what the page shows now; returns one readable line per failing node. In the page
 * itself (legacy mode): the site has no frames, and axe's default of a partial run per frame
 * finished in a blank page gives the same results in twice the time.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	// Only violations are reported, so only violations are collected: axe then stops gathering the
	// nodes of every passed rule, which on a long page is most of its time. `options()` replaces every
	// option, so it comes before `withTags()`.
	let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).setLegacyMode();
	if (include) builder = builder.include(include);
	const { violations } = await builder.analyze();
	return violations.flatMap((violation) =>
		violation.nodes
			.filter((node) => !isSearchShortcutHint(violation.id, node.target.join(' ')))
			.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`),
	);
}

