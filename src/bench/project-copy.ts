import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { domains } from '../domains.ts';
import { multiplyTopics } from './multiply-topics.ts';

/** What a build needs. Caches are left out, so that every build starts cold. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'content', 'src', 'public'];

/**
 * Copies the project into a new temporary folder with each domain page's topics repeated `factor`
 * times. The folder is inside the project (`.bench-*`, ignored by git) so that the copy finds the
 * project's node_modules by Node's normal lookup: a symlinked node_modules resolves to paths outside
 * the copy's root, which Astro's build cannot map back to their modules.
 */
export async function copyProjectWithContent(projectRoot: string, factor: number): Promise<string> {
	const copy = await mkdtemp(join(projectRoot, `.bench-${factor}x-`));
	for (const entry of PROJECT_ENTRIES) await cp(join(projectRoot, entry), join(copy, entry), { recursive: true });
	for (const { slug } of domains) {
		const page = join(copy, 'content', 'docs', `${slug}.mdx`);
		await writeFile(page, multiplyTopics(await readFile(page, 'utf8'), factor));
	}
	return copy;
}
