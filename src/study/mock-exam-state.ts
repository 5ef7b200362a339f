/**
 * What the browser keeps of a mock exam: its timer, flagged and done tasks, the checks ticked when
 * scoring, and whether it was scored. One versioned record for all mock exams; anything that does
 * not read as this version is set aside (kept under a backup key) and the reader is told.
 */
import { newTimer, type TimerState } from './exam-timer.ts';

export const MOCK_EXAM_KEY = 'cks-notes:mock-exams';
export const MOCK_EXAM_BACKUP_KEY = 'cks-notes:mock-exams:unreadable';
export const MOCK_EXAM_VERSION = 1;

export interface ExamAttempt {
	timer: TimerState;
	flagged: string[];
	done: string[];
	/** Task id → indexes of the checks the candidate achieved. */
	achieved: Record<string, number[]>;
	/** ISO date of the last scoring, if scored. */
	scoredAt: string | null;
}

export interface MockExamRecord {
	version: typeof MOCK_EXAM_VERSION;
	exams: Record<string, ExamAttempt>;
}

export const emptyRecord = (): MockExamRecord => ({ version: MOCK_EXAM_VERSION, exams: {} });

export const newAttempt = (): ExamAttempt => ({ timer: newTimer(), flagged: [], done: [], achieved: {}, scoredAt: null });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.length <= 100 && value.every((item) => typeof item === 'string' && item.length <= 20);

function isTimer(value: unknown): value is TimerState {
	return isObject(value) && isCount(value['elapsedMs']) && (value['runningSince'] === null || isCount(value['runningSince'])) && typeof value['started'] === 'boolean';
}

function isAttempt(value: unknown): value is ExamAttempt {
	if (!isObject(value) || !isTimer(value['timer']) || !isIdList(value['flagged']) || !isIdList(value['done'])) return false;
	const achieved = value['achieved'];
	const scoredAt = value['scoredAt'];
	return (
		isObject(achieved) &&
		Object.values(achieved).every((indexes) => Array.isArray(indexes) && indexes.length <= 10 && indexes.every((index) => Number.isInteger(index) && index >= 0 && index < 10)) &&
		(scoredAt === null || (typeof scoredAt === 'string' && !Number.isNaN(Date.parse(scoredAt))))
	);
}

export type ReadResult = { record: MockExamRecord; problem: null } | { record: MockExamRecord; problem: 'unreadable' | 'unknown-version' };

/** Parses stored text; null (nothing stored) gives an empty record without a problem. */
export function readRecord(text: string | null): ReadResult {
	if (text === null) return { record: emptyRecord(), problem: null };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { record: emptyRecord(), problem: 'unreadable' };
	}
	if (isObject(data) && data['version'] !== MOCK_EXAM_VERSION && typeof data['version'] === 'number') {
		return { record: emptyRecord(), problem: 'unknown-version' };
	}
	if (!isObject(data) || data['version'] !== MOCK_EXAM_VERSION || !isObject(data['exams']) || !Object.values(data['exams']).every(isAttempt)) {
		return { record: emptyRecord(), problem: 'unreadable' };
	}
	return { record: data as unknown as MockExamRecord, problem: null };
}
