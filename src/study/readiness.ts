/**
 * How ready a candidate is, from their marks: per domain, the share of topics reviewed and of tasks
 * solved; overall, the mean of the two per domain, weighted by the domain's share of the exam.
 */
import type { StudyCatalogue } from './catalogue.ts';
import { domainCoverage } from './coverage.ts';
import type { Progress } from './progress-schema.ts';

export interface DomainReadiness {
	slug: string;
	weight: number;
	reviewed: number;
	topics: number;
	solved: number;
	tasks: number;
	/** 0–1: (reviewed / topics + solved / tasks) / 2; a part with nothing to do counts as done. */
	coverage: number;
	/** Exam points (of 100) this domain still risks: weight × (1 − coverage). */
	atRisk: number;
}

export interface Readiness {
	domains: DomainReadiness[];
	/** 0–100, rounded down: the weighted mean of the domains' coverage. */
	percent: number;
	/** Marks for topics or tasks the site no longer has: kept, counted nowhere. */
	orphans: number;
}

export function readiness(catalogue: StudyCatalogue, progress: Progress): Readiness {
	const domains = catalogue.map((domain): DomainReadiness => {
		const { reviewed, solved, coverage } = domainCoverage(domain, progress);
		return { slug: domain.slug, weight: domain.weight, reviewed, topics: domain.topics.length, solved, tasks: domain.tasks.length, coverage, atRisk: domain.weight * (1 - coverage) };
	});
	const totalWeight = domains.reduce((sum, { weight }) => sum + weight, 0);
	const weighted = domains.reduce((sum, { weight, coverage }) => sum + weight * coverage, 0);
	const topicIds = new Set(catalogue.flatMap(({ topics }) => topics));
	const taskIds = new Set(catalogue.flatMap(({ tasks }) => tasks));
	const orphans = Object.keys(progress.topics).filter((id) => !topicIds.has(id)).length + Object.keys(progress.tasks).filter((id) => !taskIds.has(id)).length;
	// Rounding down after a small epsilon keeps 0.57 × 100 from showing as 56.
	return { domains, percent: totalWeight === 0 ? 0 : Math.floor((weighted * 100) / totalWeight + 1e-9), orphans };
}
