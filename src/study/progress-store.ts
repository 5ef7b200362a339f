/**
 * The one place that reads and writes study progress in the browser: a single versioned record
 * under one key. Every read checks the record's shape (progress-shape.ts); every write first checks
 * the stored record and the new one against the JSON Schema, then writes the whole record in one
 * `setItem` (so a reader never sees half of it), built on what another tab may have written last.
 * A record that fails a check is copied to a backup key before anything replaces it, and the
 * candidate is told.
 */
import { openStorage, type SafeStorage } from './safe-storage.ts';
import { emptyProgress, type Progress, type ProgressValidator } from './progress-schema.ts';
import { BACKUP_KEY, onProgressChange, parseStoredProgress, PROGRESS_KEY, type ProgressRead } from './progress-read.ts';

export { BACKUP_KEY, PROGRESS_KEY } from './progress-read.ts';
export type { ProgressRead, ReadProblem } from './progress-read.ts';

const MAX_BACKUPS = 5;

export interface BackupItem {
	at: string;
	text: string;
}

export interface ProgressStore {
	/** Whether progress survives this visit. */
	readonly available: boolean;
	read(): ProgressRead;
	/**
	 * Applies `change` to the latest record and saves it, after `validate` (the JSON Schema) accepts
	 * the stored record (else it is set aside first) and the new one. False when it was not saved.
	 */
	update(change: (progress: Progress) => Progress, validate: ProgressValidator): boolean;
	/** Unreadable records kept aside, oldest first. */
	backups(): BackupItem[];
	clearBackups(): void;
	/** Calls `listener` when another tab changes the record. */
	onChange(listener: () => void): void;
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

export function openProgressStore(storage: SafeStorage = openStorage()): ProgressStore {
	/** The record of this visit when storage cannot keep it. */
	let memory = emptyProgress();

	/** Copies an unusable record to the backup key; true once it is there. */
	function keepAside(text: string): boolean {
		const items = readBackups(storage);
		if (items.some((item) => item.text === text)) return true;
		return storage.set(BACKUP_KEY, JSON.stringify([...items, { at: new Date().toISOString(), text }].slice(-MAX_BACKUPS)));
	}

	function readWith(check?: (data: unknown) => boolean): ProgressRead & { kept: boolean } {
		const text = storage.get(PROGRESS_KEY);
		const result = parseStoredProgress(text, check);
		return { ...result, kept: result.problem === undefined || text === null || keepAside(text) };
	}

	return {
		available: storage.available,
		read() {
			if (!storage.available) return { progress: memory };
			const { progress, problem } = readWith();
			return problem ? { progress, problem } : { progress };
		},
		update(change, validate) {
			if (!storage.available) {
				memory = change(memory);
				return false;
			}
			const current = readWith((data) => validate(data));
			// Never write over a record that failed a check unless its copy is safely aside.
			if (!current.kept) return false;
			const next = change(current.progress);
			return validate(next) && storage.set(PROGRESS_KEY, JSON.stringify(next));
		},
		backups: () => readBackups(storage),
		clearBackups: () => storage.remove(BACKUP_KEY),
		onChange: onProgressChange,
	};
}
