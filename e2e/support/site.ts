import type { APIRequestContext, Page } from '@playwright/test';
import { domains } from '../../src/domains.ts';

export { domains };

/** The pages listed in the built site's sitemap, as paths relative to the site's base URL. */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
	const locations = async (url: string) => {
		const response = await request.get(url);
		if (!response.ok()) throw new Error(`${url} answered ${response.status()}`);
		return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);
	};
	const basePath = new URL(baseURL).pathname;
	const pages: string[] = [];
	for (const sitemap of await locations(new URL('sitemap-index.xml', baseURL).href)) {
		// The sitemap names the deployed origin; fetch it from the test server instead.
		const local = new URL(new URL(sitemap).pathname, baseURL).href;
		for (const loc of await locations(local)) {
			const path = new URL(loc).pathname;
			if (!path.startsWith(basePath)) throw new Error(`Sitemap URL ${loc} is outside the base path ${basePath}`);
			pages.push(path.slice(basePath.length));
		}
	}
	return pages;
}

/** Chooses a colour theme with Starlight's theme select (in the mobile menu on small screens). */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'auto') {
	// The select does nothing until Starlight's script has defined its element.
	await page.waitForFunction(() => customElements.get('starlight-theme-select') !== undefined);
	const select = page.locator('starlight-theme-select select').filter({ visible: true }).first();
	await select.selectOption(theme);
}
