/**
 * Reads the `_headers` file format of Cloudflare Pages:
 *
 *   /*
 *     X-Content-Type-Options: nosniff
 *   /_astro/*
 *     Cache-Control: public, max-age=31536000, immutable
 *     ! X-Frame-Options
 *
 * Every rule whose path matches adds its headers; `! Name` removes a header that a broader rule set.
 */
export interface HeaderRule {
	pattern: RegExp;
	headers: [string, string][];
	detached: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [], detached: [] });
			continue;
		}
		const rule = rules.at(-1);
		const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
		if (rule && detach) {
			rule.detached.push(detach[1]!.toLowerCase());
			continue;
		}
		const separator = line.indexOf(':');
		if (!rule || separator < 0) throw new Error(`_headers: cannot read line "${line.trim()}"`);
		rule.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
	}
	return rules;
}

export function headersForPath(rules: HeaderRule[], path: string): [string, string][] {
	const matching = rules.filter((rule) => rule.pattern.test(path));
	const detached = new Set(matching.flatMap((rule) => rule.detached));
	return matching.flatMap((rule) => rule.headers).filter(([name]) => !detached.has(name.toLowerCase()));
}
