/**
 * Checks the internal links of one page: every page, asset and `#anchor` it references resolves.
 * Each target is fetched once per worker, however many pages link to it.
 */
import type { APIRequestContext, Page } from '@playwright/test';

/** What a fetched target answered: its status and, for a page, the ids of its elements. */
interface Target {
	status: number;
	ids: Set<string> | null;
}

const targets = new Map<string, Promise<Target>>();

const ID_ATTRIBUTE = /\sid="([^"]*)"/g;
const decodeEntities = (text: string) =>
	text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');

function fetchTarget(request: APIRequestContext, url: string, isPage: boolean): Promise<Target> {
	let target = targets.get(url);
	if (!target) {
		target = request.get(url).then(async (response) => ({
			status: response.status(),
			ids: isPage && response.ok() ? new Set([...(await response.text()).matchAll(ID_ATTRIBUTE)].map((match) => decodeEntities(match[1]!))) : null,
		}));
		targets.set(url, target);
	}
	return target;
}

/** Every internal reference of the page that does not resolve, and how many references it has. */
export async function brokenInternalLinks(page: Page, request: APIRequestContext, baseURL: string): Promise<{ problems: string[]; references: number }> {
	const base = new URL(baseURL);
	const { ids, urls } = await page.evaluate(() => ({
		ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
		urls: [
			...[...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
			...[...document.querySelectorAll('link[href]')].map((link) => (link as HTMLLinkElement).href),
			...[...document.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).src),
			...[...document.querySelectorAll('img[src]')].map((img) => (img as HTMLImageElement).src),
		],
	}));
	const here = new URL(page.url());
	const problems: string[] = [];
	let references = 0;
	for (const url of new Set(urls)) {
		const target = new URL(url);
		if (target.origin !== base.origin) continue;
		references++;
		if (!target.pathname.startsWith(base.pathname)) {
			problems.push(`links outside the base path: ${target.href}`);
			continue;
		}
		const withoutHash = new URL(target.pathname + target.search, base).href;
		const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
		const samePage = withoutHash === new URL(here.pathname + here.search, base).href;
		const { status, ids: targetIds } = samePage ? { status: 200, ids: new Set(ids) } : await fetchTarget(request, withoutHash, isPage);
		if (status !== 200) {
			problems.push(`${withoutHash} answered ${status}`);
			continue;
		}
		const id = decodeURIComponent(target.hash.slice(1));
		if (id && targetIds && !targetIds.has(id)) problems.push(`links to a missing anchor: ${target.href}`);
	}
	return { problems, references };
}
