import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { domains } from '../domains.ts';
import { EXAM_POINTS, TASKS_PER_EXAM, WEIGHT_TOLERANCE, mockExams as definedExams, type MockExam } from '../practice/mock-exams.ts';
import type { Task } from '../practice/schema.ts';
import { repoRoot, type Page, type Problem } from './content.ts';
import { isTaskPage, taskMetadata } from './practice.ts';

const FILE = 'src/practice/mock-exams.ts';

/** Each mock exam: 15-20 existing tasks, 100 points, each domain's points within 5 of its weight, no task shared. */
export function mockExamProblems(exams: readonly MockExam[], tasks: readonly Task[], source = ''): Problem[] {
	const lineOf = (text: string) => Math.max(1, source.split('\n').findIndex((line) => line.includes(text)) + 1);
	const byId = new Map(tasks.map((task) => [task.id, task]));
	const usedBy = new Map<string, string>();
	return exams.flatMap((exam) => {
		const problem = (message: string, near = `'${exam.slug}'`): Problem => ({ file: FILE, line: lineOf(near), message: `${exam.title}: ${message}` });
		const problems: Problem[] = [];
		const count = exam.tasks.length;
		if (count < TASKS_PER_EXAM.min || count > TASKS_PER_EXAM.max) problems.push(problem(`has ${count} tasks; an exam has ${TASKS_PER_EXAM.min} to ${TASKS_PER_EXAM.max}`));
		const found: Task[] = [];
		for (const id of exam.tasks) {
			const task = byId.get(id);
			if (!task) problems.push(problem(`task ${id} does not exist`, `'${id}'`));
			else found.push(task);
			const other = usedBy.get(id);
			if (other) problems.push(problem(`task ${id} is also in ${other}`, `'${id}'`));
			usedBy.set(id, exam.title);
		}
		const total = found.reduce((sum, task) => sum + task.points, 0);
		if (total !== EXAM_POINTS) problems.push(problem(`its tasks have ${total} points; an exam has ${EXAM_POINTS}`));
		for (const domain of domains) {
			const points = found.filter((task) => task.domain === domain.slug).reduce((sum, task) => sum + task.points, 0);
			if (Math.abs(points - domain.weight) > WEIGHT_TOLERANCE) {
				problems.push(problem(`${domain.title} has ${points} points; the exam gives it ${domain.weight} (±${WEIGHT_TOLERANCE})`));
			}
		}
		return problems;
	});
}

export function checkMockExams(pages: Page[]): Problem[] {
	const tasks = pages.filter(isTaskPage).flatMap((page) => taskMetadata(page).task ?? []);
	return mockExamProblems(definedExams, tasks, readFileSync(join(repoRoot, FILE), 'utf8'));
}
