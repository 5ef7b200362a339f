import { ALLOWLIST, isAllowlisted } from './allowlist.ts';
import { checkUrls, DEFAULT_SETTINGS, type CheckSettings } from './check-urls.ts';
import { collectExternalLinks } from './external-links.ts';
import { buildReport, type LinkReport } from './link-report.ts';

export interface SiteCheckOptions {
	/** The built site's folder. */
	distDir: string;
	/** The site's own origin: links to it are internal. */
	siteOrigin: string;
	settings?: CheckSettings;
	allowlist?: typeof ALLOWLIST;
}

/** Checks every external link of a built site, each distinct URL once. */
export async function checkSite({ distDir, siteOrigin, settings = DEFAULT_SETTINGS, allowlist = ALLOWLIST }: SiteCheckOptions): Promise<LinkReport> {
	const uses = await collectExternalLinks(distDir, siteOrigin);
	const urls = [...new Set(uses.map(({ url }) => url))];
	const allowlisted = urls.filter((url) => isAllowlisted(url, allowlist));
	const statuses = await checkUrls(
		urls.filter((url) => !allowlisted.includes(url)),
		settings,
	);
	return buildReport(uses, statuses, allowlisted);
}
