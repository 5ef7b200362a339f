import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** One use of an external URL on a built page. */
export interface LinkUse {
	/** The URL checked: absolute, without its #fragment. */
	url: string;
	/** The page's path on the site, e.g. `/cluster-setup/`. */
	page: string;
	/** The link's text as a reader sees it (or its accessible label when it has no text). */
	text: string;
}

/** `cluster-setup/index.html` → `/cluster-setup/`. */
function sitePath(distDir: string, file: string): string {
	const path = `/${relative(distDir, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** An http(s) URL of another origin than the site's, without fragment; undefined for any other link. */
function externalUrl(href: string, pageUrl: URL): string | undefined {
	let url: URL;
	try {
		url = new URL(href, pageUrl);
	} catch {
		return undefined; // a malformed href is the build's concern, not an external link
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	if (url.origin === pageUrl.origin) return undefined;
	url.hash = '';
	return url.href;
}

/**
 * Every external link (`<a href>`, `<area href>`) of the built HTML pages under `distDir`. Pages
 * load nothing else from other origins: their Content-Security-Policy is `default-src 'self'`.
 */
export async function collectExternalLinks(distDir: string, siteOrigin: string): Promise<LinkUse[]> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	const pages = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	const uses: LinkUse[] = [];
	for (const file of pages) {
		const page = sitePath(distDir, file);
		const tree = fromHtml(await readFile(file, 'utf8'));
		for (const anchor of selectAll('a[href], area[href]', tree)) {
			const url = externalUrl(String(anchor.properties['href']), new URL(page, siteOrigin));
			if (!url) continue;
			const text = toString(anchor).replace(/\s+/g, ' ').trim() || String(anchor.properties['ariaLabel'] ?? anchor.properties['title'] ?? '');
			uses.push({ url, page, text });
		}
	}
	return uses;
}
