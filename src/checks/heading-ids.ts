import GithubSlugger from 'github-slugger';
import { domains } from '../domains.ts';
import type { Heading, Page, Problem } from './content.ts';

/**
 * Topic (`##`) and sub-topic (`###`) ids are unique across the domain pages, which share one page in
 * /all-notes/ (each domain page computes its ids on its own, with github-slugger, as the site does).
 * The domain slugs are ids on that page too.
 */
export function checkHeadingIds(pages: Page[]): Problem[] {
	const domainFiles = new Set(domains.map((domain) => `content/docs/${domain.slug}.mdx`));
	const seen = new Map<string, Heading | string>(domains.map((domain) => [domain.slug, `the /all-notes/ section of domain ${domain.number}`]));
	const problems: Problem[] = [];
	for (const page of pages.filter((page) => domainFiles.has(page.file))) {
		for (const heading of page.headings.filter((heading) => heading.depth === 2 || heading.depth === 3)) {
			const id = new GithubSlugger().slug(heading.text);
			const first = seen.get(id);
			if (first === undefined) {
				seen.set(id, heading);
				continue;
			}
			const where = typeof first === 'string' ? first : `${first.file}:${first.line}`;
			problems.push({ file: heading.file, line: heading.line, message: `heading id "${id}" is already used by ${where}: reword one of them` });
		}
	}
	return problems;
}
