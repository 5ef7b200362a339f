import type { Page, Problem } from './content.ts';

/**
 * Headings go down one level at a time (`##` then `###`, never `##` then `####`): screen-reader
 * users move through a page by heading level, and a skipped level reads as a missing section
 * (axe and Lighthouse report it as "heading-order"). The page title is the `#` heading, so a page
 * starts at `##`.
 */
export function checkHeadingLevels(pages: Page[]): Problem[] {
	const problems: Problem[] = [];
	for (const page of pages) {
		let previous = 1;
		for (const heading of page.headings) {
			if (heading.depth > previous + 1) {
				const expected = '#'.repeat(previous + 1);
				problems.push({
					file: heading.file,
					line: heading.line,
					message: `"${'#'.repeat(heading.depth)} ${heading.text}" skips a level after a level-${previous} heading: make it ${expected}`,
				});
			}
			previous = heading.depth;
		}
	}
	return problems;
}
