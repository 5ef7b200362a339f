/**
 * The fixed mock exams: 15 to 20 practice tasks each, 100 points, weighted like the exam per domain
 * (within 5 points), no task in both. Checked by src/checks/mock-exams.ts.
 */
export interface MockExam {
	/** The URL segment: /practice/mock-exam-a/. */
	slug: string;
	title: string;
	/** Task ids, in the order the exam lists them. */
	tasks: readonly string[];
}

export const EXAM_MINUTES = 120;
export const PASS_PERCENT = 67;
export const EXAM_POINTS = 100;
export const TASKS_PER_EXAM = { min: 15, max: 20 } as const;
export const WEIGHT_TOLERANCE = 5;

export const mockExams: readonly MockExam[] = [
	{ slug: 'mock-exam-a', title: 'Mock exam A', tasks: [] },
	{ slug: 'mock-exam-b', title: 'Mock exam B', tasks: [] },
];
