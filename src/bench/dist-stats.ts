import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DistStats {
	pages: number;
	distBytes: number;
	pagefindBytes: number;
	/** Pagefind's word index files (`*.pf_index`): a search fetches the ones its words fall in. */
	indexChunks: number;
}

async function files(dir: string): Promise<{ path: string; bytes: number }[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const found = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
	return Promise.all(found.map(async (path) => ({ path, bytes: (await stat(path)).size })));
}

const total = (list: { bytes: number }[]) => list.reduce((sum, { bytes }) => sum + bytes, 0);

export async function distStats(dist: string): Promise<DistStats> {
	const all = await files(dist);
	const pagefind = await files(join(dist, 'pagefind'));
	return {
		pages: all.filter(({ path }) => path.endsWith('.html')).length,
		distBytes: total(all),
		pagefindBytes: total(pagefind),
		indexChunks: pagefind.filter(({ path }) => path.endsWith('.pf_index')).length,
	};
}

/** Size on disk of each domain page's HTML, to pick the largest one. */
export async function largestPage(dist: string, slugs: readonly string[]): Promise<string> {
	const sizes = await Promise.all(slugs.map(async (slug) => ({ slug, bytes: (await stat(join(dist, slug, 'index.html'))).size })));
	const [largest] = sizes.sort((a, b) => b.bytes - a.bytes);
	if (!largest) throw new Error('no domain page');
	return largest.slug;
}
