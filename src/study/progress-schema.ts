/**
 * The progress record: one versioned object, the one in `localStorage` and the one a candidate
 * exports and imports. Its JSON Schema is in progress-json-schema.ts.
 */
export const PROGRESS_VERSION = 1;

export interface TopicMark {
	reviewed: boolean;
	/** When the mark last changed (ISO 8601, UTC): the latest wins when records merge. */
	at: string;
}

export interface TaskMark {
	solved: boolean;
	at: string;
}

export interface MockExamResult {
	exam: string;
	at: string;
	score: number;
	max: number;
	percent: number;
	passed: boolean;
	domains: { domain: string; score: number; max: number }[];
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	topics: Record<string, TopicMark>;
	tasks: Record<string, TaskMark>;
	mockExams: MockExamResult[];
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, topics: {}, tasks: {}, mockExams: [] });

/** A validator as ajv compiles it: true or false, with the reasons of the last failure in `errors`. */
export interface ProgressValidator {
	(data: unknown): boolean;
	errors?: readonly { instancePath: string; message?: string }[] | null;
}
