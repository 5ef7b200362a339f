/**
 * The offline manifest: every file a saved copy of the site holds, with its size and a revision
 * (a hash of its content), so that a saved copy can tell what a new deploy changed. Written by the
 * build (src/plugins/offline.ts) and read by the "Save for offline" script.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MANIFEST_FILE } from './names.ts';

export interface OfflineFile {
	/** Path from the site's base, as a reader's browser requests it: `cluster-setup/`, `_astro/x.js`. */
	path: string;
	bytes: number;
	revision: string;
	/** A page's title, for the offline page's list of saved pages. */
	title?: string;
}

export interface OfflineManifest {
	version: 1;
	/** Changes whenever any file changes. */
	revision: string;
	files: OfflineFile[];
}

/**
 * Files a reader never needs offline: host configuration, files for crawlers, the service worker
 * itself, the not-found page, and the Pagefind UIs the site does not use (it bundles its own).
 */
const LEFT_OUT = [
	/^_headers$/,
	/^robots\.txt$/,
	/^sitemap-.*\.xml$/,
	/^sw\.js$/,
	/^workbox-[^/]+\.js$/,
	/\.map$/,
	/^404\.html$/,
	new RegExp(`^${MANIFEST_FILE.replace('.', '\\.')}$`),
	/^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/,
];

function* walk(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(path);
		else if (entry.isFile()) yield path;
	}
}

const hash = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/** `cluster-setup/index.html` is requested as `cluster-setup/`; the home page as the base itself (``). */
const requestPath = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

const titleOf = (html: string) =>
	/<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/ \| CKS Notes$/, '');

export function offlineManifest(dist: string): OfflineManifest {
	const files: OfflineFile[] = [];
	for (const absolute of walk(dist)) {
		const file = relative(dist, absolute).split(sep).join('/');
		if (LEFT_OUT.some((pattern) => pattern.test(file))) continue;
		const content = readFileSync(absolute);
		const entry: OfflineFile = { path: requestPath(file), bytes: content.byteLength, revision: hash(content) };
		if (file.endsWith('.html')) {
			const title = titleOf(content.toString('utf8'));
			if (title) entry.title = title;
		}
		files.push(entry);
	}
	files.sort((a, b) => a.path.localeCompare(b.path));
	return { version: 1, revision: hash(files.map((file) => `${file.path} ${file.revision}`).join('\n')), files };
}

export function writeOfflineManifest(dist: string): OfflineManifest {
	const manifest = offlineManifest(dist);
	writeFileSync(join(dist, MANIFEST_FILE), JSON.stringify(manifest));
	return manifest;
}
