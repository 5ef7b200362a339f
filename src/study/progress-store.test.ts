import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openStorage } from './safe-storage.ts';
import { BACKUP_KEY, openProgressStore, PROGRESS_KEY } from './progress-store.ts';
import { setTopicReviewed } from './progress.ts';
import { compileProgressValidator } from './progress-validator.ts';

const validate = compileProgressValidator();
const at = '2026-11-01T10:00:00.000Z';

function memoryStorage(initial: Record<string, string> = {}): Storage {
	const items = new Map(Object.entries(initial));
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value),
	};
}

test('a mark is saved as one versioned record and read back', () => {
	const raw = memoryStorage();
	const store = openProgressStore(openStorage(() => raw));
	assert.equal(store.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate), true);
	assert.equal(JSON.parse(raw.getItem(PROGRESS_KEY) ?? '{}').version, 1);
	assert.equal(store.read().progress.topics['1.1']?.reviewed, true);
});

test('an update starts from what another tab wrote last', () => {
	const raw = memoryStorage();
	const tabA = openProgressStore(openStorage(() => raw));
	const tabB = openProgressStore(openStorage(() => raw));
	tabA.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate);
	tabB.update((progress) => setTopicReviewed(progress, '1.2', true, at), validate);
	assert.deepEqual(Object.keys(tabA.read().progress.topics), ['1.1', '1.2']);
});

for (const [what, text, problem] of [
	['text that is not JSON', '{"version":1,', 'unreadable'],
	['a record of the wrong shape', '{"version":1,"topics":[]}', 'unreadable'],
	['a record of a newer version', '{"version":2,"topics":{}}', 'newer-version'],
] as const) {
	test(`${what} is kept aside, reported, and never written over before it is`, () => {
		const raw = memoryStorage({ [PROGRESS_KEY]: text });
		const store = openProgressStore(openStorage(() => raw));
		assert.equal(store.read().problem, problem);
		assert.deepEqual(store.backups().map((item) => item.text), [text]);
		store.read();
		assert.equal(store.backups().length, 1, 'the same text is kept once');
		assert.equal(store.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate), true);
		assert.equal(store.read().problem, undefined);
		assert.equal(JSON.parse(raw.getItem(BACKUP_KEY) ?? '[]')[0].text, text);
	});
}

test('a record the quick check lets through but the schema rejects is set aside at the first write', () => {
	const text = JSON.stringify({ version: 1, topics: { '<b>x</b>': { reviewed: true, at: 'yesterday' } }, tasks: {}, mockExams: [] });
	const raw = memoryStorage({ [PROGRESS_KEY]: text });
	const store = openProgressStore(openStorage(() => raw));
	assert.equal(store.read().problem, undefined, 'the page can show it');
	assert.equal(store.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate), true);
	assert.deepEqual(Object.keys(store.read().progress.topics), ['1.1']);
	assert.deepEqual(store.backups().map((item) => item.text), [text]);
});

test('a change that would make the record invalid is not written', () => {
	const raw = memoryStorage();
	const store = openProgressStore(openStorage(() => raw));
	assert.equal(store.update((progress) => setTopicReviewed(progress, 'not a topic', true, at), validate), false);
	assert.equal(raw.getItem(PROGRESS_KEY), null);
});

test('an unreadable record whose backup cannot be written is not replaced', () => {
	const raw = memoryStorage({ [PROGRESS_KEY]: 'broken' });
	const original = raw.setItem.bind(raw);
	raw.setItem = (key, value) => {
		if (key === BACKUP_KEY) throw new DOMException('full', 'QuotaExceededError');
		original(key, value);
	};
	const store = openProgressStore(openStorage(() => raw));
	assert.equal(store.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate), false);
	assert.equal(raw.getItem(PROGRESS_KEY), 'broken');
});

test('blocked storage: marks last for the visit, nothing throws, saving says false', () => {
	const store = openProgressStore(openStorage(() => {
		throw new DOMException('blocked', 'SecurityError');
	}));
	assert.equal(store.available, false);
	assert.equal(store.update((progress) => setTopicReviewed(progress, '1.1', true, at), validate), false);
	assert.equal(store.read().progress.topics['1.1']?.reviewed, true);
	assert.deepEqual(store.backups(), []);
});
