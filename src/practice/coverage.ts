/** How many practice tasks the site has per domain and competency, against what it promises. */
import { domains, type Competency, type Domain } from '../domains.ts';

/** At least this many tasks per domain: the exam's weight, in tasks (issue: practice tasks). */
export const MINIMUM_TASKS: Readonly<Record<string, number>> = {
	'cluster-setup': 6,
	'cluster-hardening': 6,
	'system-hardening': 4,
	'minimize-microservice-vulnerabilities': 8,
	'supply-chain-security': 8,
	'monitoring-logging-runtime-security': 8,
};

export interface TaskRef {
	id: string;
	domain: string;
	topics: readonly string[];
}

/** The tasks that practise a competency: those with one of the competency's topics. */
export function tasksForCompetency<T extends TaskRef>(domain: Domain, competency: Competency, tasks: readonly T[]): T[] {
	return tasks.filter((task) => task.domain === domain.slug && task.topics.some((topic) => competency.topics.includes(topic)));
}

export interface CoverageGap {
	domain: Domain;
	message: string;
}

export function coverageGaps(tasks: readonly TaskRef[]): CoverageGap[] {
	return domains.flatMap((domain) => {
		const count = tasks.filter((task) => task.domain === domain.slug).length;
		const minimum = MINIMUM_TASKS[domain.slug] ?? 0;
		const gaps: CoverageGap[] = [];
		if (count < minimum) gaps.push({ domain, message: `${domain.title} has ${count} practice tasks; it needs at least ${minimum}` });
		for (const competency of domain.competencies) {
			if (tasksForCompetency(domain, competency, tasks).length === 0) {
				gaps.push({ domain, message: `no practice task practises the competency "${competency.text}" (topics ${competency.topics.join(', ')})` });
			}
		}
		return gaps;
	});
}
