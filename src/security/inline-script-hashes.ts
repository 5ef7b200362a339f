/**
 * Hashes for the Content-Security-Policy of the `<script is:inline>` blocks that Starlight's
 * components (and ours) render. Astro's `security.csp` hashes the scripts it bundles but leaves
 * `is:inline` scripts to the project (its `scriptDirective.hashes` option). Astro writes an inline
 * script's text into the page exactly as it stands in the component, so hashing the source gives
 * the hash of what the browser runs; the end-to-end security test fails on any script it misses.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Sha256 = `sha256-${string}`;

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => join(entry.parentPath, entry.name));
}

export function sha256(text: string): Sha256 {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The hashes of every `<script is:inline>` body in the `.astro` files under `dirs`, but for the
 * files named in `overridden` (Starlight components the site replaces or never uses: they never render).
 */
export function inlineScriptHashes(dirs: string[], overridden: readonly string[] = []): Sha256[] {
	const hashes = new Set<Sha256>();
	for (const file of dirs.flatMap(astroFiles).filter((path) => !overridden.some((name) => path.endsWith(`/${name}`) && path.startsWith(starlightDir)))) {
		for (const [, body] of readFileSync(file, 'utf8').matchAll(INLINE_SCRIPT)) hashes.add(sha256(body ?? ''));
	}
	return [...hashes].sort();
}

/** Starlight's components, wherever the package manager installed them. */
export const starlightDir = dirname(fileURLToPath(import.meta.resolve('@astrojs/starlight')));
