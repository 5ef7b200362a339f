import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { PluginOption } from 'vite';
import * as pagefind from 'pagefind';
import { domains } from '../domains.ts';
import { taskRecords, topicRecords } from './search-index.ts';

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
 * integration builds the index instead, with what the notes need: one record per topic (see
 * `topicRecords`), one per practice task's statement (`taskRecords`: never its solution), `domain`
 * and `type` (Notes, Practice) filters, and the excluded selectors above. Only the six domain pages
 * and their practice pages are indexed: the cheat sheets condense the same topics and link to them (their short blocks
 * would outrank the topics they summarise), and the one-page view repeats every topic.
 *
 * No `includeCharacters`: Pagefind already indexes `--audit-log-path` whole (as `auditlogpath`)
 * and by its parts, and normalises queries the same way. Keeping `-` inside words measurably hurt
 * (`audit-log` no longer found `--audit-log-maxage`), and keeping `.` or `:` stops the stemming of
 * words that end a sentence or a YAML key (`imagePolicy:`). See `splitFlagValues` for the one
 * change the index needed, and e2e/search.spec.ts for the queries that hold it to account.
 *
 * The Pagefind UI itself is loaded on intent by the site's Search component
 * (src/components/Search.astro, src/scripts/search-ui.ts).
 */
export function cksSearch(): AstroIntegration {
	return {
		name: 'cks-notes-search',
		hooks: {
			'astro:config:setup'({ updateConfig }) {
				updateConfig({
					vite: { plugins: [englishOnlyPagefindUi()] },
				});
			},
			async 'astro:build:done'({ dir, logger }) {
				await buildSearchIndex(dir, logger.fork('cks-notes-search'));
			},
		},
	};
}

/**
 * The Pagefind UI bundles its strings in 44 languages: about 15 of its 26 KB (compressed). The site is
 * in English, and Starlight passes the English strings it shows anyway, so the UI keeps English
 * only. Fails the build if the UI's code no longer looks as expected, rather than silently
 * shipping the whole table again.
 */
function englishOnlyPagefindUi(): PluginOption {
	const TABLE_START = '// ../translations/';
	const ENGLISH = '// ../translations/en.json';
	const TABLE_END = '// import-glob:../../translations/*.json';
	const modules = /var modules = \[[^\]]*\];/;
	const filenames = /var filenames = \[[^\]]*\];/;
	return {
		name: 'cks-notes-search-english-only',
		transform(code, id) {
			if (!id.includes('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs')) return undefined;
			const start = code.indexOf(TABLE_START);
			const english = code.indexOf(ENGLISH);
			const englishEnd = code.indexOf(TABLE_START, english + ENGLISH.length);
			const end = code.indexOf(TABLE_END);
			if (start < 0 || english < start || englishEnd < english || end < englishEnd || !modules.test(code) || !filenames.test(code)) {
				throw new Error(`${id}: the Pagefind UI's translation table has changed; update englishOnlyPagefindUi()`);
			}
			return (code.slice(0, start) + code.slice(english, englishEnd) + code.slice(end))
				.replace(modules, 'var modules = [en_exports];')
				.replace(filenames, 'var filenames = ["../../translations/en.json"];');
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
		let taskCount = 0;
		for (const domain of domains) {
			const file = new URL(`${domain.slug}/index.html`, dir);
			const html = await readFile(file, 'utf8');
			const records = topicRecords(html, { path: `/${domain.slug}/`, domain: `${domain.number}. ${domain.title}` });
			if (records.length === 0) throw new Error(`${fileURLToPath(file)}: no searchable content (is data-pagefind-body missing?)`);
			const practiceFile = new URL(`practice/${domain.slug}/index.html`, dir);
			const tasks = taskRecords(await readFile(practiceFile, 'utf8'), { path: `/practice/${domain.slug}/`, domain: `${domain.number}. ${domain.title}` });
			for (const record of [...records, ...tasks]) {
				check(await index.addHTMLFile({ url: record.url, content: record.html }), record.url);
			}
			count += records.length;
			taskCount += tasks.length;
		}
		check(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), 'writeFiles');
		logger.info(`Indexed ${count} topics of ${domains.length} domain pages and ${taskCount} practice task statements.`);
	} finally {
		await pagefind.close();
	}
}
