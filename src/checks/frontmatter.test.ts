import { test } from 'node:test';
import { readPage } from './content.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { assertProblems } from './testing.ts';

const description = 'A description that is long enough to be useful in search results.';

test('a page without a title or a description fails', () => {
	assertProblems(checkFrontmatter([readPage('a.mdx', '# no frontmatter')]), [
		'a.mdx:2: frontmatter has no `title`',
		'a.mdx:2: frontmatter has no `description`',
	]);
});

test('a description shorter than 50 or longer than 160 characters fails at its line', () => {
	const long = 'x'.repeat(161);
	assertProblems(
		checkFrontmatter([
			readPage('a.mdx', `---\ntitle: A\ndescription: Too short.\n---\n`),
			readPage('b.mdx', `---\ntitle: B\ndescription: ${long}\n---\n`),
		]),
		['a.mdx:3: description has 10 characters: write 50 to 160', 'b.mdx:3: description has 161 characters'],
	);
});

test('two pages with the same description fail', () => {
	const pages = ['a.mdx', 'b.mdx'].map((file) => readPage(file, `---\ntitle: T\ndescription: ${description}\n---\n`));
	assertProblems(checkFrontmatter(pages), ["b.mdx:3: description is the same as a.mdx's"]);
});
