/** Narrows every built page's Content-Security-Policy to that page's own inline scripts and styles (src/security/page-csp.ts). */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { narrowPagePolicy } from '../security/page-csp.ts';

export function cksPagePolicies(): AstroIntegration {
	return {
		name: 'cks-notes-page-policies',
		hooks: {
			'astro:build:done'({ dir }) {
				const dist = fileURLToPath(dir);
				const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
				for (const page of pages) {
					const file = join(dist, page);
					const html = readFileSync(file, 'utf8');
					const narrowed = narrowPagePolicy(html);
					if (narrowed !== html) writeFileSync(file, narrowed);
				}
			},
		},
	};
}
