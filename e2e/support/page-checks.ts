/** Checks that read a loaded page: its security headers and script policy, and what it embeds. */
import { expect, type Page } from '@playwright/test';

/** What a page's <meta http-equiv="content-security-policy"> allows, by directive. */
export async function metaPolicy(page: Page): Promise<Map<string, string[]>> {
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

/** The page was served with the security headers, and its script policy allows no inline code but by hash. */
export async function expectSecurityHeaders(page: Page, headers: Record<string, string>): Promise<void> {
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['x-frame-options']).toBe('DENY');
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");

	const policy = await metaPolicy(page);
	const scriptSources = policy.get('script-src') ?? [];
	expect(scriptSources).toContain("'self'");
	expect(scriptSources).not.toContain("'unsafe-inline'");
	expect(scriptSources).not.toContain("'unsafe-eval'");
	expect(policy.get('default-src')).toEqual(["'self'"]);
	expect(policy.get('style-src') ?? []).not.toContain("'unsafe-inline'");
	// Every inline script on the page is allowed by its hash, not by a blanket rule.
	const inlineScripts = await page.locator('script:not([src])').count();
	expect(scriptSources.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(inlineScripts > 0 ? 1 : 0);
}

/**
 * Every URL in an attribute that loads something and is not on the site. Catches what the browser
 * would not request during a test (lazy images below the fold, media, frames).
 */
export async function outsideEmbeds(page: Page, origin: string): Promise<string[]> {
	const urls = await page.evaluate(() =>
		[...document.querySelectorAll('[src], [srcset], link[href]:not([rel~="canonical"]):not([rel~="alternate"]), object[data], video[poster], use[href]')].flatMap(
			(element) =>
				['src', 'srcset', 'href', 'data', 'poster']
					.map((attribute) => element.getAttribute(attribute))
					.filter((value): value is string => Boolean(value))
					.flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!))
					.map((value) => new URL(value, document.baseURI).href),
		),
	);
	return urls.filter((url) => {
		const { origin: target, protocol } = new URL(url);
		return target !== origin && protocol !== 'data:';
	});
}
