import { expect, test, type Page } from '@playwright/test';
import { auditedPaths, label, printPage, searchFor, toggleFirstSection, UNKNOWN_PATH } from './support/audit.ts';
import { chooseTheme } from './support/site.ts';

/** What a page's <meta http-equiv="content-security-policy"> allows, by directive. */
async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
	const content = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
	expect(content, 'the page carries its script and style policy in a <meta>').toBeTruthy();
	return new Map(
		content!
			.split(';')
			.map((directive) => directive.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...sources]) => [name!, sources]),
	);
}

/**
 * Records, from before the page's first script, every Content-Security-Policy violation the browser
 * reports, every console error and every uncaught exception.
 */
function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		// The browser logs the 404 status of the 404 page itself, which is what that page is for.
		const isNotFoundPage = message.location().url.endsWith(UNKNOWN_PATH) && / 404 /.test(message.text());
		if (!isNotFoundPage) problems.push(`${page.url()}: console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
		});
	});
	return problems;
}

test.describe('security headers and Content-Security-Policy', () => {
	test('every page is served with the security headers and a script policy without unsafe-inline', {
		tag: '@base-path',
	}, async ({ page, request, baseURL }) => {
		test.setTimeout(120_000);
		for (const path of await auditedPaths(request, baseURL!)) {
			const response = await page.goto(path);
			const headers = response!.headers();
			const where = label(path);
			expect(headers['x-content-type-options'], where).toBe('nosniff');
			expect(headers['referrer-policy'], where).toBe('no-referrer');
			expect(headers['permissions-policy'], where).toContain('camera=()');
			expect(headers['x-frame-options'], where).toBe('DENY');
			expect(headers['content-security-policy'], where).toContain("frame-ancestors 'none'");

			const policy = await metaPolicy(page);
			const scriptSources = policy.get('script-src') ?? [];
			expect(scriptSources, where).toContain("'self'");
			expect(scriptSources, where).not.toContain("'unsafe-inline'");
			expect(scriptSources, where).not.toContain("'unsafe-eval'");
			expect(policy.get('default-src'), where).toEqual(["'self'"]);
			expect(policy.get('style-src') ?? [], where).not.toContain("'unsafe-inline'");
			// Every inline script on the page is allowed by its hash, not by a blanket rule.
			const inlineScripts = await page.locator('script:not([src])').count();
			expect(scriptSources.filter((source) => source.startsWith("'sha256-")).length, where).toBeGreaterThanOrEqual(
				inlineScripts > 0 ? 1 : 0,
			);
		}
	});

	test('every page runs with zero CSP violations and console errors, while searching, switching theme, folding sections and printing', async ({
		page,
		request,
		baseURL,
	}) => {
		test.setTimeout(300_000);
		const problems = watchForProblems(page);
		const checked = { search: 0, sections: 0, print: 0 };
		for (const path of await auditedPaths(request, baseURL!)) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await chooseTheme(page, 'dark');
			await expect(page.locator('html'), label(path)).toHaveAttribute('data-theme', 'dark');
			await chooseTheme(page, 'light');
			await expect(page.locator('html'), label(path)).toHaveAttribute('data-theme', 'light');
			if (await toggleFirstSection(page)) checked.sections++;
			const dialog = await searchFor(page);
			checked.search++;
			await page.keyboard.press('Escape');
			await expect(dialog).toBeHidden();
			await printPage(page);
			checked.print++;
		}
		expect(problems).toEqual([]);
		expect(checked.sections, 'pages with collapsible sections were exercised').toBeGreaterThan(0);
	});

	test('the policy blocks a script injected into the page', async ({ page }) => {
		const violations: string[] = [];
		await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
		await page.addInitScript(() =>
			document.addEventListener('securitypolicyviolation', (event) =>
				(window as unknown as { reportViolation: (d: string) => void }).reportViolation(event.effectiveDirective),
			),
		);
		await page.goto('cluster-setup/');
		const ran = await page.evaluate(async () => {
			const script = document.createElement('script');
			script.textContent = 'window.injectedScriptRan = true;';
			document.head.append(script);
			const handler = document.createElement('img');
			handler.setAttribute('src', 'data:,');
			handler.setAttribute('onerror', 'window.injectedScriptRan = true;');
			document.body.append(handler);
			await new Promise((resolve) => setTimeout(resolve, 200));
			return (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => violations).toEqual(expect.arrayContaining(['script-src-elem']));
	});

	test('no other site can frame a page', async ({ page, baseURL }) => {
		await page.setContent(`<iframe src="${new URL('cluster-setup/', baseURL!).href}" title="framed"></iframe>`);
		const frame = page.frames()[1]!;
		await expect.poll(() => frame.url()).toMatch(/^chrome-error:/);
	});
});
