/**
 * The pages of the built site, known when the test files load, so that a check over every page is
 * one test per page: adding a page adds its tests, and no test's time grows with the site.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** A path no page will ever have: the static host answers it with the site's 404 page. */
export const UNKNOWN_PATH = 'no-such-page-for-the-quality-gates/';

/** Reads the `<loc>` entries of one sitemap file of the root build. */
function locations(file: string): string[] {
	return [...readFileSync(`${DIST}${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] as string);
}

/**
 * The pages listed in the root build's sitemap, as paths relative to the site's base URL (the home
 * page is ''). The build under the sub-path has the same pages: `foundation.spec.ts` checks its
 * sitemap against this list.
 */
function readBuiltPages(): string[] {
	if (!existsSync(`${DIST}sitemap-index.xml`)) {
		throw new Error(`No built site in ${DIST}: run \`npm run build && npm run build:base\` before the end-to-end tests`);
	}
	const pages = locations('sitemap-index.xml')
		.flatMap((sitemap) => locations(new URL(sitemap).pathname.slice(1)))
		.map((loc) => new URL(loc).pathname.slice(1));
	if (pages.length === 0) throw new Error('The built sitemap lists no pages');
	return pages.sort();
}

export const builtPages: readonly string[] = readBuiltPages();

/**
 * Every page a visitor can reach: the sitemap's pages, plus the 404 page (not in the sitemap),
 * reached the way a visitor reaches it, through an unknown path.
 */
export const auditedPages: readonly string[] = [...builtPages, UNKNOWN_PATH];

/** Names a path in test titles and messages: the home page's path is empty. */
export const label = (path: string) => `/${path}`;

/** The page that holds every domain's notes, which some checks treat apart. */
export const ONE_PAGE_VIEW = 'all-notes/';

/** The built HTML file of a page of the root build. */
export function builtFile(path: string): string {
	return path === UNKNOWN_PATH ? `${DIST}404.html` : `${DIST}${path}index.html`;
}

/**
 * A test timeout for work on one page that grows with the page: `perPage` for a page of up to
 * 250 KB of HTML (every page but the one-page view), in proportion above that. `perPage` is sized
 * for a machine three times slower than a fast, idle one.
 */
export function timeoutFor(path: string, perPage = 60_000): number {
	return Math.round(perPage * Math.max(1, statSync(builtFile(path)).size / 250_000));
}
