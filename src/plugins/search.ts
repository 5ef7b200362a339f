import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { domains } from '../domains.ts';
import { topicRecords } from './search-index.ts';

/**
 * Text Pagefind must not index: screen-reader-only labels of code frames ("Terminal window"), the
 * copy button, the expand/collapse controls and the domain overview (curriculum wording repeated
 * from the topics it links to). Starlight already marks its "Section titled …" anchors
 * `data-pagefind-ignore`.
 */
export const EXCLUDED_FROM_SEARCH = [
	'.expressive-code .sr-only',
	'.expressive-code .copy',
	'cks-section-controls',
	'.cks-domain-overview',
];

/**
 * Full-text search for the notes, with Pagefind.
 *
 * Starlight runs Pagefind with no options at all, so the site sets `pagefind: false` and this
 * integration builds the index instead, with the options the notes need: one record per topic,
 * a `domain` filter, and the excluded selectors above. It also points Starlight's Search
 * component at `src/scripts/search-ui.ts`, which loads the Pagefind UI only when the reader shows
 * an intent to search instead of on every page load.
 */
export function cksSearch(): AstroIntegration {
	return {
		name: 'cks-notes-search',
		hooks: {
			'astro:config:setup'({ updateConfig }) {
				updateConfig({
					vite: {
						resolve: {
							alias: [
								{
									find: /^@pagefind\/default-ui$/,
									replacement: fileURLToPath(new URL('../scripts/search-ui.ts', import.meta.url)),
								},
							],
						},
					},
				});
			},
			async 'astro:build:done'({ dir, logger }) {
				await buildSearchIndex(dir, logger.fork('cks-notes-search'));
			},
		},
	};
}

async function buildSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const check = <T extends { errors: string[] }>(response: T, what: string): T => {
		if (response.errors.length > 0) throw new Error(`Pagefind: ${what}: ${response.errors.join('; ')}`);
		return response;
	};
	try {
		const { index } = check(await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH }), 'createIndex');
		if (!index) throw new Error('Pagefind: createIndex returned no index');
		let count = 0;
		for (const domain of domains) {
			const file = new URL(`${domain.slug}/index.html`, dir);
			const html = await readFile(file, 'utf8');
			const records = topicRecords(html, { path: `/${domain.slug}/`, domain: `${domain.number}. ${domain.title}` });
			if (records.length === 0) throw new Error(`${fileURLToPath(file)}: no searchable content (is data-pagefind-body missing?)`);
			for (const record of records) {
				check(await index.addHTMLFile({ url: record.url, content: record.html }), record.url);
			}
			count += records.length;
		}
		check(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), 'writeFiles');
		logger.info(`Indexed ${count} topics of ${domains.length} domain pages.`);
	} finally {
		await pagefind.close();
	}
}
