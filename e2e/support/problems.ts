import type { Page } from '@playwright/test';
import { UNKNOWN_PATH } from './pages.ts';

/**
 * Records, from before the page's first script, every Content-Security-Policy violation the browser
 * reports, every console error and every uncaught exception.
 */
export function watchForProblems(page: Page): string[] {
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
