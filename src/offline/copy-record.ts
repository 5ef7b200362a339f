/**
 * The record of a saved offline copy: which revision of the site, when, how many files and bytes, and
 * each file's revision (to fetch only what a new deploy changed). Kept in the Cache Storage beside the
 * copy, so that removing the copy removes the record; checked whenever it is read.
 */
import type { OfflineManifest } from './manifest.ts';

export interface CopyRecord {
	version: 1;
	revision: string;
	/** ISO date and time the copy was completed. */
	savedAt: string;
	files: number;
	bytes: number;
	/** File path (from the base) → revision. */
	revisions: Record<string, string>;
}

/** What the files of a manifest weigh, as the browser stores them. */
export const manifestBytes = (manifest: Pick<OfflineManifest, 'files'>) => manifest.files.reduce((sum, file) => sum + file.bytes, 0);

export function recordOf(manifest: OfflineManifest, savedAt: Date): CopyRecord {
	return {
		version: 1,
		revision: manifest.revision,
		savedAt: savedAt.toISOString(),
		files: manifest.files.length,
		bytes: manifestBytes(manifest),
		revisions: Object.fromEntries(manifest.files.map((file) => [file.path, file.revision])),
	};
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The record, or undefined when the value is not a record of this version (never trusted as saved). */
export function parseCopyRecord(value: unknown): CopyRecord | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const record = value as Partial<CopyRecord>;
	if (record.version !== 1 || typeof record.revision !== 'string' || typeof record.savedAt !== 'string') return undefined;
	if (Number.isNaN(Date.parse(record.savedAt)) || !isCount(record.files) || !isCount(record.bytes)) return undefined;
	const revisions = record.revisions;
	if (typeof revisions !== 'object' || revisions === null || Array.isArray(revisions)) return undefined;
	const entries = Object.entries(revisions);
	if (entries.length !== record.files || entries.some(([, revision]) => typeof revision !== 'string')) return undefined;
	return record as CopyRecord;
}

/** Files of the manifest the copy lacks or holds in another revision. */
export function changedFiles(manifest: OfflineManifest, previous: CopyRecord | undefined): OfflineManifest['files'] {
	return manifest.files.filter((file) => previous?.revisions[file.path] !== file.revision);
}

/** Paths the previous copy holds that the site no longer has. */
export function removedPaths(manifest: OfflineManifest, previous: CopyRecord | undefined): string[] {
	const current = new Set(manifest.files.map((file) => file.path));
	return Object.keys(previous?.revisions ?? {}).filter((path) => !current.has(path));
}

/** Whether a value read from the network looks like the build's offline manifest. */
export function isOfflineManifest(value: unknown): value is OfflineManifest {
	if (typeof value !== 'object' || value === null) return false;
	const manifest = value as Partial<OfflineManifest>;
	return (
		manifest.version === 1 &&
		typeof manifest.revision === 'string' &&
		Array.isArray(manifest.files) &&
		manifest.files.every((file) => typeof file?.path === 'string' && isCount(file.bytes) && typeof file.revision === 'string')
	);
}
