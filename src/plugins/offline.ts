/**
 * Offline reading: after the pages and the search index are built, writes the offline manifest (every
 * file of the site, src/offline/manifest.ts) and the Workbox service worker (src/offline/service-worker.ts).
 * Runs after cksSearch() in the integrations, so that the index is in the manifest.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { manifestBytes } from '../offline/copy-record.ts';
import { writeOfflineFiles } from '../offline/service-worker.ts';

export function cksOffline(): AstroIntegration {
	return {
		name: 'cks-notes-offline',
		hooks: {
			async 'astro:build:done'({ dir, logger }) {
				const dist = fileURLToPath(dir);
				const { manifest, warnings } = await writeOfflineFiles(dist);
				for (const warning of warnings) logger.warn(warning);
				logger.info(`offline copy: ${manifest.files.length} files, ${(manifestBytes(manifest) / 1e6).toFixed(1)} MB, revision ${manifest.revision}`);
			},
		},
	};
}
