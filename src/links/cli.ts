/**
 * `npm run check:links [folder]`: checks the external links of the built site (`dist/` by default)
 * and prints a Markdown report; exits 1 when a link is broken. Moved links are reported, not failed.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkSite } from './check-site.ts';
import { DEFAULT_SETTINGS } from './check-urls.ts';
import { formatReport } from './link-report.ts';

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		site: { type: 'string', default: process.env['SITE_URL'] || 'http://localhost:4321' },
		concurrency: { type: 'string', default: String(DEFAULT_SETTINGS.concurrency) },
		timeout: { type: 'string', default: String(DEFAULT_SETTINGS.timeoutMs), short: 't' },
		retries: { type: 'string', default: String(DEFAULT_SETTINGS.retries) },
	},
});

const distDir = positionals[0] ?? 'dist';
if (!existsSync(distDir)) {
	console.error(`${distDir} does not exist: build the site first (npm run build).`);
	process.exit(2);
}

const report = await checkSite({
	distDir,
	siteOrigin: new URL(values.site).origin,
	settings: {
		...DEFAULT_SETTINGS,
		concurrency: Number(values.concurrency),
		timeoutMs: Number(values.timeout),
		retries: Number(values.retries),
	},
});
console.log(formatReport(report));
process.exitCode = report.broken.length > 0 ? 1 : 0;
