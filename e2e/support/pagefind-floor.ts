/**
 * Pagefind's own floor for a search: the bytes of its engine files (`pagefind.js`, its worker, the
 * WebAssembly, entry, metadata, filters) and of the index chunks a query needs, as the server sends
 * them, read from the built `pagefind/` folder. What a first search fetches beyond that floor is the
 * search UI, its styles, result fragments and response headers.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PAGEFIND = fileURLToPath(new URL('../../dist/pagefind/', import.meta.url));

/** Files the static server gzips (by its content types); Pagefind's own binary files are gzip already. */
const SERVED_COMPRESSED = /\.(js|json|css)$/;

/** Pagefind files that are not the engine or the index: its UIs and the result fragments. */
const NOT_ENGINE = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.|fragment\/)/;

/** The bytes of one file of `dist/pagefind/` as the test server sends its body. */
function servedBytes(file: string): number {
	const content = readFileSync(`${PAGEFIND}${file}`);
	return SERVED_COMPRESSED.test(file) ? gzipSync(content).byteLength : content.byteLength;
}

/** Path of a fetched URL below the site's `pagefind/` folder, or null for any other URL. */
export function pagefindFile(url: string): string | null {
	const match = /\/pagefind\/(.+)$/.exec(new URL(url).pathname);
	return match ? match[1]! : null;
}

/** The floor for a search that fetched `urls`: the engine and index files among them, as built. */
export function pagefindFloor(urls: string[]): { bytes: number; files: string[] } {
	const files = [...new Set(urls.map(pagefindFile).filter((file): file is string => file !== null && !NOT_ENGINE.test(file)))].sort();
	return { bytes: files.reduce((sum, file) => sum + servedBytes(file), 0), files };
}
