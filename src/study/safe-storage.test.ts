import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStorage } from './safe-storage.ts';

class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		this.#items.set(key, value);
	}
}

test('storage that works reads back what was written', () => {
	const storage = openStorage(() => new MemoryStorage());
	assert.equal(storage.available, true);
	assert.equal(storage.set('k', 'v'), true);
	assert.equal(storage.get('k'), 'v');
	storage.remove('k');
	assert.equal(storage.get('k'), null);
});

test('storage whose getter throws (site data blocked) is unavailable and never throws', () => {
	const storage = openStorage(() => {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	});
	assert.equal(storage.available, false);
	assert.equal(storage.set('k', 'v'), false);
	assert.equal(storage.get('k'), null);
	assert.doesNotThrow(() => storage.remove('k'));
});

test('storage that is full reports a failed write', () => {
	const full = new MemoryStorage();
	let quota = 1;
	full.setItem = function setItem() {
		if (quota-- <= 0) throw new DOMException('Quota exceeded', 'QuotaExceededError');
	};
	const storage = openStorage(() => full);
	assert.equal(storage.available, true);
	assert.equal(storage.set('k', 'v'), false);
});
