/**
 * Reading the study progress record, as every page does before it shows a mark: quick, and never
 * writing. Writes (progress-store.ts) are loaded when a mark changes.
 */
import { emptyProgress, PROGRESS_VERSION, type Progress } from './progress-schema.ts';
import { looksLikeProgress } from './progress-shape.ts';
import type { SafeStorage } from './safe-storage.ts';

export const PROGRESS_KEY = 'cks-notes:progress';
export const BACKUP_KEY = 'cks-notes:progress:unreadable';

/** Why the stored record was not used: it did not parse or pass a check, or a newer site wrote it. */
export type ReadProblem = 'unreadable' | 'newer-version';

export interface ProgressRead {
	progress: Progress;
	problem?: ReadProblem;
}

export function parseStoredProgress(text: string | null, check: (data: unknown) => boolean = looksLikeProgress): ProgressRead {
	if (text === null) return { progress: emptyProgress() };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), problem: 'unreadable' };
	}
	if (check(data)) return { progress: data as Progress };
	const version = (data as { version?: unknown } | null)?.version;
	const newer = typeof version === 'number' && version > PROGRESS_VERSION;
	return { progress: emptyProgress(), problem: newer ? 'newer-version' : 'unreadable' };
}

/** The stored record, checked by the quick check; empty, with the problem, when it fails. */
export const readStoredProgress = (storage: SafeStorage): ProgressRead => parseStoredProgress(storage.get(PROGRESS_KEY));

/** Calls `listener` when another tab changes the record. */
export function onProgressChange(listener: () => void): void {
	addEventListener('storage', (event) => {
		if (event.key === PROGRESS_KEY || event.key === null) listener();
	});
}
