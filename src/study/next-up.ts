/** What to study next: what is left in the domains that risk the most exam points. */
import type { StudyCatalogue } from './catalogue.ts';
import type { Progress } from './progress-schema.ts';
import { isReviewed, isSolved } from './progress.ts';
import { readiness } from './readiness.ts';

export interface NextUp {
	slug: string;
	atRisk: number;
	topics: string[];
	tasks: string[];
}

/** The unreviewed topics and unsolved tasks of the domains that risk the most points, in that order. */
export function nextUp(catalogue: StudyCatalogue, progress: Progress, domainCount = 3, perDomain = 3): NextUp[] {
	const ranked = readiness(catalogue, progress)
		.domains.filter(({ atRisk }) => atRisk > 0)
		.sort((a, b) => b.atRisk - a.atRisk || b.weight - a.weight)
		.slice(0, domainCount);
	return ranked.map(({ slug, atRisk }) => {
		const domain = catalogue.find((entry) => entry.slug === slug)!;
		return {
			slug,
			atRisk,
			topics: domain.topics.filter((id) => !isReviewed(progress, id)).slice(0, perDomain),
			tasks: domain.tasks.filter((id) => !isSolved(progress, id)).slice(0, perDomain),
		};
	});
}
