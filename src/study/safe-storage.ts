/**
 * `localStorage` that never throws. Reading the `localStorage` property itself throws a
 * `SecurityError` when the reader blocks site data; `setItem` throws when the quota is full; some
 * private modes throw on every write. Every script of the site reaches storage through here.
 */
export interface SafeStorage {
	/** Whether reading and writing worked when the storage was opened. */
	readonly available: boolean;
	get(key: string): string | null;
	/** Returns whether the value was written. */
	set(key: string, value: string): boolean;
	remove(key: string): void;
}

const PROBE_KEY = 'cks-notes:probe';

export function openStorage(getStorage: () => Storage = () => window.localStorage): SafeStorage {
	let storage: Storage | undefined;
	try {
		storage = getStorage();
		storage.setItem(PROBE_KEY, '1');
		storage.removeItem(PROBE_KEY);
	} catch {
		storage = undefined;
	}
	return {
		available: storage !== undefined,
		get(key) {
			try {
				return storage?.getItem(key) ?? null;
			} catch {
				return null;
			}
		},
		set(key, value) {
			try {
				if (!storage) return false;
				storage.setItem(key, value);
				return true;
			} catch {
				return false;
			}
		},
		remove(key) {
			try {
				storage?.removeItem(key);
			} catch {
				// Nothing to remove from storage that cannot be reached.
			}
		},
	};
}
