import { expect, test } from '@playwright/test';

/** The security headers and script policy of every page are checked in `pages.spec.ts`. */
test.describe('Content-Security-Policy', () => {
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
