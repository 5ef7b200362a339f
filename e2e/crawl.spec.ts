import { expect, test } from '@playwright/test';
import { domains, sitemapPaths } from './support/site.ts';

interface PageLinks {
	ids: string[];
	urls: { url: string; from: string }[];
}

/**
 * Crawls the built site from its sitemap and its home page, following every internal link, and
 * checks that every page, asset and `#anchor` it references resolves. Runs on the root build and
 * on the build deployed under a sub-path.
 */
test('every internal link, asset and anchor on every page resolves', { tag: '@base-path' }, async ({
	page,
	request,
	baseURL,
}) => {
	test.setTimeout(180_000);
	const base = new URL(baseURL!);
	const queue = new Set([base.href, ...(await sitemapPaths(request, baseURL!)).map((path) => new URL(path, base).href)]);
	const pageIds = new Map<string, Set<string>>();
	const references: { url: URL; from: string }[] = [];
	const assets = new Set<string>();
	const problems: string[] = [];

	for (const pageUrl of queue) {
		const response = await page.goto(pageUrl);
		if (response?.status() !== 200) {
			problems.push(`${pageUrl} answered ${response?.status()}`);
			continue;
		}
		const links: PageLinks = await page.evaluate(() => ({
			ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
			urls: [
				...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
				...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
				...[...document.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).src),
				...[...document.querySelectorAll('img[src]')].map((img) => (img as HTMLImageElement).src),
			].map((url) => ({ url, from: location.href })),
		}));
		pageIds.set(pageUrl, new Set(links.ids));
		for (const { url, from } of links.urls) {
			const target = new URL(url);
			if (target.origin !== base.origin) continue;
			if (!target.pathname.startsWith(base.pathname)) {
				problems.push(`${from} links outside the base path: ${target.href}`);
				continue;
			}
			references.push({ url: target, from });
			const withoutHash = new URL(target.pathname + target.search, base).href;
			const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
			if (isPage) queue.add(withoutHash);
			else assets.add(withoutHash);
		}
	}

	for (const asset of assets) {
		const response = await request.get(asset);
		if (!response.ok()) problems.push(`${asset} answered ${response.status()}`);
	}
	for (const { url, from } of references) {
		if (!url.hash || url.hash === '#') continue;
		const ids = pageIds.get(new URL(url.pathname + url.search, base).href);
		const id = decodeURIComponent(url.hash.slice(1));
		if (ids && !ids.has(id)) problems.push(`${from} links to a missing anchor: ${url.href}`);
	}

	expect(problems).toEqual([]);
	expect(pageIds.size).toBeGreaterThanOrEqual(1 + domains.length);
	expect(references.length).toBeGreaterThan(50);
});
