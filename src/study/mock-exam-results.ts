/** Mock exam results in the progress record: adding one, and telling a usable one from a damaged one. */
import type { MockExamResult, Progress } from './progress-schema.ts';

export function recordMockExam(progress: Progress, result: MockExamResult): Progress {
	const others = progress.mockExams.filter((entry) => !(entry.exam === result.exam && entry.at === result.at));
	return { ...progress, mockExams: [...others, result].sort((a, b) => a.at.localeCompare(b.at)) };
}

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the history needs to show a result; the pages that only show marks do not read results. */
export const isMockExamResult = (value: unknown): value is MockExamResult =>
	isObject(value) &&
	typeof value['exam'] === 'string' &&
	typeof value['at'] === 'string' &&
	['score', 'max', 'percent'].every((key) => Number.isFinite(value[key])) &&
	typeof value['passed'] === 'boolean' &&
	Array.isArray(value['domains']) &&
	value['domains'].every((entry) => isObject(entry) && typeof entry['domain'] === 'string' && Number.isFinite(entry['score']) && Number.isFinite(entry['max']));
