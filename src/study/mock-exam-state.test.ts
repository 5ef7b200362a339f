import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyRecord, newAttempt, readRecord } from './mock-exam-state.ts';

test('nothing stored reads as an empty record', () => {
	assert.deepEqual(readRecord(null), { record: emptyRecord(), problem: null });
});

test('a stored record reads back as it was', () => {
	const record = { version: 1, exams: { 'mock-exam-a': { ...newAttempt(), flagged: ['1.1-a'], achieved: { '1.1-a': [0, 2] }, scoredAt: '2026-12-02T10:00:00.000Z' } } };
	assert.deepEqual(readRecord(JSON.stringify(record)), { record, problem: null });
});

test('text that is not JSON, or JSON of the wrong shape, is unreadable', () => {
	for (const text of ['{', '[]', '{"version":1}', '{"version":1,"exams":{"a":{"timer":{}}}}', JSON.stringify({ version: 1, exams: { a: { ...newAttempt(), achieved: { x: [99] } } } })]) {
		assert.equal(readRecord(text).problem, 'unreadable', text);
	}
});

test('another version is reported as such', () => {
	assert.equal(readRecord('{"version":2,"exams":{}}').problem, 'unknown-version');
});
