/**
 * Names the service worker's routes (src/offline/service-worker.ts) and the page scripts share: the
 * caches of the offline copy and the files the build writes for it. Every cache of the site starts
 * with CACHE_PREFIX, so that removing the offline copy can remove them all.
 */
export const CACHE_PREFIX = 'cks-notes-';

export const CACHES = {
	/** Pages, network first: the newest when online, the kept copy when not. */
	pages: `${CACHE_PREFIX}pages`,
	/** Hashed scripts and styles under /_astro/: a file name never changes content. */
	assets: `${CACHE_PREFIX}assets`,
	/** The Pagefind index. */
	search: `${CACHE_PREFIX}search`,
	/** Everything else the site serves (icons, setup scripts, the offline manifest). */
	files: `${CACHE_PREFIX}files`,
	/** The record of a saved copy: what was saved, when, and how big (src/offline/copy-record.ts). */
	copy: `${CACHE_PREFIX}copy`,
} as const;

/** The list of every file of the site a saved copy holds, written by the build beside the pages. */
export const MANIFEST_FILE = 'offline-manifest.json';
/** The page shown for a page that is not saved, when the network is off. */
export const OFFLINE_PAGE = 'offline/';
/** Where the record of a saved copy is kept, in CACHES.copy (never served by the site). */
export const COPY_RECORD = 'offline-copy.json';
