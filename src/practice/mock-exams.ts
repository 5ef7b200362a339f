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
	// Domains mixed as in the exam; every domain's main competencies across the two.
	{
		slug: 'mock-exam-a',
		title: 'Mock exam A',
		tasks: ['1.1-a', '2.2-a', '4.5-a', '5.4-a', '6.7-a', '3.4-a', '1.2-a', '5.2-b', '4.3-a', '6.1-b', '2.1-a', '5.3-a', '3.1-b', '4.6-a', '6.6-b', '1.6-a'],
	},
	{
		slug: 'mock-exam-b',
		title: 'Mock exam B',
		tasks: ['2.2-b', '1.3-a', '4.2-a', '6.5-a', '5.7-a', '3.3-a', '4.7-a', '2.1-b', '6.3-a', '5.6-a', '1.7-a', '4.8-a', '3.1-a', '6.1-a', '5.5-a'],
	},
];
