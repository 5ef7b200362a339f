/**
 * The quick check every page runs on the stored record before it shows a mark: the version, and the
 * type of every field a mark needs, so that no damaged value reaches the page ("My progress" also
 * checks each mock exam result it shows: mock-exam-results.ts). The JSON Schema
 * (progress-json-schema.ts, with ajv) is the full check: it runs before every write and on every
 * import, and is loaded only then, because it is too large for every page's first load.
 */
import { PROGRESS_VERSION, type Progress } from './progress-schema.ts';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

const areMarks = (value: unknown, flag: string): boolean =>
	isObject(value) && Object.values(value).every((mark) => isObject(mark) && typeof mark[flag] === 'boolean' && typeof mark['at'] === 'string');

export const looksLikeProgress = (data: unknown): data is Progress =>
	isObject(data) &&
	data['version'] === PROGRESS_VERSION &&
	areMarks(data['topics'], 'reviewed') &&
	areMarks(data['tasks'], 'solved') &&
	Array.isArray(data['mockExams']);
