/**
 * The one place that reads and writes study progress in the browser: a single versioned record
 * under one key, validated on every read, written whole in one `setItem` (so a reader never sees
 * half of it) after re-reading what another tab may have written. A record that cannot be read is
 * copied to a backup key before anything replaces it, and the candidate is told.
 */
import { openStorage, type SafeStorage } from './safe-storage.ts';
import { emptyProgress, PROGRESS_VERSION, type Progress, type ProgressValidator } from './progress-schema.ts';

export const PROGRESS_KEY = 'cks-notes:progress';
export const BACKUP_KEY = 'cks-notes:progress:unreadable';
const MAX_BACKUPS = 5;

/** Why the stored record was not used: it did not parse or validate, or a newer site wrote it. */
export type ReadProblem = 'unreadable' | 'newer-version';

export interface ProgressRead {
	progress: Progress;
	problem?: ReadProblem;
}

export interface BackupItem {
	at: string;
	text: string;
}

export interface ProgressStore {
	/** Whether progress survives this visit. */
	readonly available: boolean;
	read(): ProgressRead;
	/** Applies `change` to the latest record and saves it; false when it could not be saved. */
	update(change: (progress: Progress) => Progress): boolean;
	/** Unreadable records kept aside, oldest first. */
	backups(): BackupItem[];
	clearBackups(): void;
	/** Calls `listener` when another tab changes the record. */
	onChange(listener: () => void): void;
}

export function parseStoredProgress(text: string | null, validate: ProgressValidator): ProgressRead {
	if (text === null) return { progress: emptyProgress() };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { progress: emptyProgress(), problem: 'unreadable' };
	}
	if (validate(data)) return { progress: data as Progress };
	const version = (data as { version?: unknown } | null)?.version;
	const newer = typeof version === 'number' && version > PROGRESS_VERSION;
	return { progress: emptyProgress(), problem: newer ? 'newer-version' : 'unreadable' };
}

function readBackups(storage: SafeStorage): BackupItem[] {
	const text = storage.get(BACKUP_KEY);
	if (text === null) return [];
	try {
		const items: unknown = JSON.parse(text);
		if (Array.isArray(items) && items.every((item) => typeof item?.at === 'string' && typeof item?.text === 'string')) return items as BackupItem[];
	} catch {
		// Fall through: whatever is there is kept as one item.
	}
	return [{ at: '', text }];
}

export function openProgressStore(validate: ProgressValidator, storage: SafeStorage = openStorage()): ProgressStore {
	/** The record of this visit when storage cannot keep it. */
	let memory = emptyProgress();

	function keepAside(text: string): void {
		const items = readBackups(storage);
		if (items.some((item) => item.text === text)) return;
		storage.set(BACKUP_KEY, JSON.stringify([...items, { at: new Date().toISOString(), text }].slice(-MAX_BACKUPS)));
	}

	function read(): ProgressRead {
		if (!storage.available) return { progress: memory };
		const text = storage.get(PROGRESS_KEY);
		const result = parseStoredProgress(text, validate);
		if (result.problem && text !== null) keepAside(text);
		return result;
	}

	return {
		available: storage.available,
		read,
		update(change) {
			const current = read();
			const next = change(current.progress);
			if (!storage.available) {
				memory = next;
				return false;
			}
			// Never write over a record that could not be read unless its copy is safely aside.
			const stored = storage.get(PROGRESS_KEY);
			if (current.problem && stored !== null && !readBackups(storage).some((item) => item.text === stored)) return false;
			return storage.set(PROGRESS_KEY, JSON.stringify(next));
		},
		backups: () => readBackups(storage),
		clearBackups: () => storage.remove(BACKUP_KEY),
		onChange(listener) {
			addEventListener('storage', (event) => {
				if (event.key === PROGRESS_KEY || event.key === null) listener();
			});
		},
	};
}
