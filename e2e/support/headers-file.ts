/**
 * Reads the `_headers` file format of Netlify and Cloudflare Pages:
 *
 *   /*
 *     X-Content-Type-Options: nosniff
 *   /_astro/*
 *     Cache-Control: public, max-age=31536000, immutable
 */
export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
			continue;
		}
		const separator = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || separator < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

export function headersForPath(rules: HeaderRule[], path: string): [string, string][] {
	return rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers);
}
