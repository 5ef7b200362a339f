/**
 * The offline copy in the browser's Cache Storage. Saving requests every file of the offline manifest
 * through the service worker, whose Workbox routes keep them (src/offline/service-worker.ts); this
 * module only decides what to request, checks that it was kept, and keeps the record.
 */
import { changedFiles, isOfflineManifest, manifestBytes, parseCopyRecord, recordOf, removedPaths, type CopyRecord } from './copy-record.ts';
import type { OfflineFile, OfflineManifest } from './manifest.ts';
import { CACHE_PREFIX, CACHES, COPY_RECORD, MANIFEST_FILE } from './names.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
export const urlOf = (path: string) => new URL(`${base}${path}`, location.origin).href;
const recordUrl = () => urlOf(COPY_RECORD);

/** Whether this browser can keep a copy: Cache Storage and service workers, usable (not blocked). */
export async function canKeepCopy(): Promise<boolean> {
	if (!('serviceWorker' in navigator) || !('caches' in window)) return false;
	try {
		await caches.keys();
		return true;
	} catch {
		return false;
	}
}

export async function fetchManifest(signal?: AbortSignal): Promise<OfflineManifest> {
	const response = await fetch(urlOf(MANIFEST_FILE), { cache: 'no-cache', signal: signal ?? null });
	const manifest: unknown = response.ok ? await response.json() : undefined;
	if (!isOfflineManifest(manifest)) throw new Error('The list of files to save could not be read.');
	return manifest;
}

export interface SavedCopy {
	record: CopyRecord;
	/** Files the record lists that the browser no longer holds. */
	missing: number;
}

/** The saved copy, checked file by file; undefined when nothing (valid) is saved. */
export async function readCopy(): Promise<SavedCopy | undefined> {
	const stored = await caches.match(recordUrl(), { cacheName: CACHES.copy });
	const record = parseCopyRecord(stored ? await stored.json().catch(() => undefined) : undefined);
	if (!record) return undefined;
	const held = await Promise.all(Object.keys(record.revisions).map((path) => caches.match(urlOf(path))));
	return { record, missing: held.filter((response) => !response).length };
}

/** The service worker that keeps what this page requests: saving waits for it to take control. */
async function controllingWorker(): Promise<void> {
	await navigator.serviceWorker.ready;
	if (navigator.serviceWorker.controller) return;
	await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}

async function deleteEverywhere(url: string): Promise<void> {
	for (const name of await caches.keys()) {
		if (name.startsWith(CACHE_PREFIX) && name !== CACHES.copy) await (await caches.open(name)).delete(url);
	}
}

export interface SaveProgress {
	files: number;
	bytes: number;
	totalFiles: number;
	totalBytes: number;
}

const PARALLEL_REQUESTS = 4;
/** The worker stores a response just after handing it over; a file may take a moment to appear. */
const STORE_WAITS_MS = [50, 200, 500, 1000, 2000];

async function keptInCache(url: string): Promise<boolean> {
	for (const wait of [0, ...STORE_WAITS_MS]) {
		if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
		if (await caches.match(url)) return true;
	}
	return false;
}

/**
 * Saves the manifest's files the previous copy lacks (every file when there is none), removes what the
 * site no longer has, and records the copy. Rejects with an AbortError when the signal aborts.
 */
export async function saveCopy(
	manifest: OfflineManifest,
	options: { signal?: AbortSignal; previous?: CopyRecord; onProgress?: (progress: SaveProgress) => void } = {},
): Promise<CopyRecord> {
	const { signal, previous, onProgress } = options;
	await controllingWorker();
	const held = await Promise.all(manifest.files.map(async (file) => ((await caches.match(urlOf(file.path))) ? file : undefined)));
	const changed = new Set(changedFiles(manifest, previous));
	const toFetch = manifest.files.filter((file, index) => changed.has(file) || !held[index]);
	const progress: SaveProgress = {
		totalFiles: manifest.files.length,
		totalBytes: manifestBytes(manifest),
		files: manifest.files.length - toFetch.length,
		bytes: 0,
	};
	progress.bytes = progress.totalBytes - manifestBytes({ files: toFetch });
	onProgress?.({ ...progress });

	const queue = [...toFetch];
	const fetchOne = async (file: OfflineFile) => {
		const url = urlOf(file.path);
		// A changed file with a stable name (a page, the search entry point) must not come from the old copy.
		if (changed.has(file)) await deleteEverywhere(url);
		const response = await fetch(url, { cache: 'no-cache', signal: signal ?? null });
		if (!response.ok) throw new Error(`${file.path} could not be downloaded (HTTP ${response.status}).`);
		await response.arrayBuffer();
		if (!(await keptInCache(url))) throw new Error(`${file.path} was downloaded but the browser did not keep it.`);
		progress.files += 1;
		progress.bytes += file.bytes;
		onProgress?.({ ...progress });
	};
	const worker = async () => {
		for (let file = queue.shift(); file; file = queue.shift()) {
			signal?.throwIfAborted();
			await fetchOne(file);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL_REQUESTS }, worker));
	signal?.throwIfAborted();

	for (const path of removedPaths(manifest, previous)) await deleteEverywhere(urlOf(path));
	const record = recordOf(manifest, new Date());
	const copy = await caches.open(CACHES.copy);
	await copy.put(recordUrl(), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
	return record;
}

/** After a deploy: brings a saved copy up to the new revision, in the background. Does nothing without one. */
export async function refreshCopy(): Promise<CopyRecord | undefined> {
	const saved = await readCopy();
	if (!saved) return undefined;
	const manifest = await fetchManifest();
	if (manifest.revision === saved.record.revision && saved.missing === 0) return saved.record;
	return saveCopy(manifest, { previous: saved.record });
}

/** Removes the copy, its record and every page kept while reading: no cache of the site is left. */
export async function removeCopy(): Promise<void> {
	for (const name of await caches.keys()) {
		if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
	}
}

/** Pages the browser holds, with their titles from the manifest the copy was saved from. */
export async function savedPages(): Promise<{ url: string; title: string }[]> {
	const pages = await caches.open(CACHES.pages);
	const held = new Set((await pages.keys()).map((request) => request.url));
	const listing = await caches.match(urlOf(MANIFEST_FILE));
	const manifest: unknown = listing ? await listing.json().catch(() => undefined) : undefined;
	const titled = isOfflineManifest(manifest) ? manifest.files.filter((file) => file.title) : [];
	return titled.map((file) => ({ url: urlOf(file.path), title: file.title! })).filter((page) => held.has(page.url));
}
