import { parse } from 'yaml';
import type { Page, Problem } from './content.ts';

/** Each page has a title and a one-sentence description of 50-160 characters, unique across pages. */
export function checkFrontmatter(pages: Page[]): Problem[] {
	const descriptions = new Map<string, string>();
	// Practice tasks have their own frontmatter, checked by src/checks/practice.ts.
	return pages.filter(({ file }) => !file.startsWith('content/practice/')).flatMap(({ file, frontmatter = '' }) => {
		// The frontmatter starts on line 2, after its opening `---`.
		const lineOf = (key: string) => 2 + Math.max(0, frontmatter.split('\n').findIndex((line) => line.startsWith(`${key}:`)));
		const problem = (key: string, message: string): Problem => ({ file, line: lineOf(key), message });
		let data: unknown;
		try {
			data = parse(frontmatter);
		} catch (error) {
			return [problem('', `frontmatter: ${(error as Error).message.split('\n')[0]}`)];
		}
		const { title, description } = (data ?? {}) as Record<string, unknown>;
		const problems: Problem[] = [];
		if (typeof title !== 'string' || title.trim() === '') problems.push(problem('title', 'frontmatter has no `title`'));
		if (typeof description !== 'string') return [...problems, problem('description', 'frontmatter has no `description`')];
		if (description.length < 50 || description.length > 160) {
			problems.push(problem('description', `description has ${description.length} characters: write 50 to 160`));
		}
		const other = descriptions.get(description);
		if (other) problems.push(problem('description', `description is the same as ${other}'s: make it unique`));
		descriptions.set(description, file);
		return problems;
	});
}
