/**
 * Narrows each page's Content-Security-Policy to the inline scripts and styles that page has. Astro
 * writes one list of hashes into every page: every bundled inline script of the site, and every
 * `is:inline` script of Starlight's components (inline-script-hashes.ts), most of which a given page
 * never renders. A hash the page does not use only allows a script it does not run, and costs about 37
 * compressed bytes of every first visit; the practice pages carried nine of them.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;
const SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const HASH = /^'sha(256|384|512)-[^']+'$/;

const hashOf = (algorithm: string, text: string) => `'sha${algorithm}-${createHash(`sha${algorithm}`).update(text, 'utf8').digest('base64')}'`;

function narrowed(directive: string, bodies: string[]): string {
	const [name, ...sources] = directive.trim().split(/\s+/);
	const kept = sources.filter((source) => {
		const hash = HASH.exec(source);
		return !hash || bodies.some((body) => hashOf(hash[1]!, body) === source);
	});
	return [name, ...kept].join(' ');
}

/** The page with only the hashes of its own inline scripts and styles; unchanged if it has no policy. */
export function narrowPagePolicy(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const scripts = [...html.matchAll(SCRIPT)].map(([, body]) => body ?? '');
	const styles = [...html.matchAll(STYLE)].map(([, body]) => body ?? '');
	const policy = meta[1]!
		.split(';')
		.map((directive) => {
			const name = directive.trim().split(/\s+/)[0];
			if (name === 'script-src') return narrowed(directive, scripts);
			if (name === 'style-src') return narrowed(directive, styles);
			return directive.trim();
		})
		.filter(Boolean)
		.join('; ');
	return html.replace(meta[0], meta[0].replace(meta[1]!, policy));
}
