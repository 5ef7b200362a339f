import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyProgress } from './progress-schema.ts';
import { firstError } from './progress-import.ts';
import { isMockExamResult } from './mock-exam-results.ts';
import { compileProgressValidator, progressValidatorModule } from './progress-validator.ts';
import { looksLikeProgress } from './progress-shape.ts';

const validate = compileProgressValidator();
const at = '2026-11-30T10:15:00.000Z';

const valid = {
	version: 1,
	topics: { '1.1': { reviewed: true, at }, '3.4.1': { reviewed: false, at } },
	tasks: { '1.1-a': { solved: true, at } },
	mockExams: [{ exam: 'mock-exam-a', at, score: 71, max: 100, percent: 71, passed: true, domains: [{ domain: 'cluster-setup', score: 12, max: 15 }] }],
};

test('a full record and an empty one are valid', () => {
	assert.equal(validate(valid), true, firstError(validate));
	assert.equal(validate(emptyProgress()), true);
});

const invalid: Record<string, unknown> = {
	'not an object': [],
	'another version': { ...valid, version: 2 },
	'a missing part': { version: 1, topics: {}, tasks: {} },
	'an unknown key': { ...valid, extra: true },
	'markup as a topic id': { ...valid, topics: { '<img src=x onerror=alert(1)>': { reviewed: true, at } } },
	'markup in a timestamp': { ...valid, tasks: { '1.1-a': { solved: true, at: '<script>alert(1)</script>' } } },
	'a mark that is not a boolean': { ...valid, topics: { '1.1': { reviewed: 'yes', at } } },
	'a huge number': { ...valid, mockExams: [{ ...valid.mockExams[0], score: 1e308 }] },
	'a percent above 100': { ...valid, mockExams: [{ ...valid.mockExams[0], percent: 101 }] },
	'a fraction of a point': { ...valid, mockExams: [{ ...valid.mockExams[0], score: 70.5 }] },
	'deep nesting': { ...valid, tasks: { '1.1-a': { solved: true, at, more: JSON.parse('['.repeat(500) + ']'.repeat(500)) } } },
	'too many results': { ...valid, mockExams: Array.from({ length: 501 }, () => valid.mockExams[0]) },
	'an exam id that is not one': { ...valid, mockExams: [{ ...valid.mockExams[0], exam: 'javascript:alert(1)' }] },
	'a task id that is not one': { ...valid, tasks: { 'x': { solved: true, at } } },
};

for (const [shape, data] of Object.entries(invalid)) {
	test(`the schema rejects ${shape}`, () => {
		assert.equal(validate(data), false);
		assert.ok(firstError(validate).length > 0);
	});
}

test('the browser validator is standalone code that agrees with ajv', async () => {
	const code = progressValidatorModule();
	const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: (data: unknown) => boolean };
	assert.equal(module.default(valid), true);
	for (const data of Object.values(invalid)) assert.equal(module.default(data), false);
});

test('the quick check of every read rejects what would break a page; the schema the rest', () => {
	assert.equal(looksLikeProgress(valid), true);
	const breaksPages = ['not an object', 'another version', 'a missing part', 'a mark that is not a boolean'];
	for (const [shape, data] of Object.entries(invalid)) assert.equal(looksLikeProgress(data), !breaksPages.includes(shape), shape);
	assert.equal(isMockExamResult(valid.mockExams[0]), true);
	assert.equal(isMockExamResult({ ...valid.mockExams[0], domains: [{ domain: 'x', score: '3' }] }), false, 'a result the history could not show');
});
