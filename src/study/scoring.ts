/** Self-scoring of a mock exam: the points of the checks the candidate ticked, per task and domain. */

export interface ScoredTask {
	id: string;
	domain: string;
	/** Points of each check, in order. */
	checks: readonly number[];
}

export interface DomainScore {
	domain: string;
	score: number;
	max: number;
}

export interface ExamScore {
	score: number;
	max: number;
	/** Rounded down to a whole percent, as the exam reports it. */
	percent: number;
	passed: boolean;
	domains: DomainScore[];
	/** Tasks that lost points, with how many, in exam order. */
	lost: { id: string; points: number }[];
}

/**
 * `achieved` maps a task id to the indexes of the checks ticked; unknown ids and indexes count
 * nothing. The domains keep the order they first appear in.
 */
export function scoreExam(tasks: readonly ScoredTask[], achieved: Readonly<Record<string, readonly number[]>>, passPercent: number): ExamScore {
	const domains = new Map<string, DomainScore>();
	const lost: ExamScore['lost'] = [];
	let score = 0;
	let max = 0;
	for (const task of tasks) {
		const ticked = new Set(achieved[task.id] ?? []);
		const taskMax = task.checks.reduce((sum, points) => sum + points, 0);
		const taskScore = task.checks.reduce((sum, points, index) => sum + (ticked.has(index) ? points : 0), 0);
		const domain = domains.get(task.domain) ?? { domain: task.domain, score: 0, max: 0 };
		domain.score += taskScore;
		domain.max += taskMax;
		domains.set(task.domain, domain);
		score += taskScore;
		max += taskMax;
		if (taskScore < taskMax) lost.push({ id: task.id, points: taskMax - taskScore });
	}
	const percent = max === 0 ? 0 : Math.floor((score * 100) / max);
	return { score, max, percent, passed: percent >= passPercent, domains: [...domains.values()], lost };
}
