import { lineAt, type Page, type Problem } from './content.ts';

/** Characters that word processors put in place of what a shell or a YAML parser expects. */
const typographic: Record<string, string> = {
	'\u2010': 'hyphen',
	'\u2011': 'non-breaking hyphen',
	'\u2012': 'figure dash',
	'\u2013': 'en dash',
	'\u2014': 'em dash',
	'\u2015': 'horizontal bar',
	'\u2212': 'minus sign',
	'\u2018': 'left single quote',
	'\u2019': 'right single quote',
	'\u201A': 'low single quote',
	'\u201C': 'left double quote',
	'\u201D': 'right double quote',
	'\u201E': 'low double quote',
	'\u2026': 'ellipsis',
	'\u00A0': 'non-breaking space',
	'\u2007': 'figure space',
	'\u202F': 'narrow non-breaking space',
	'\u200B': 'zero-width space',
	'\uFEFF': 'zero-width no-break space',
};

const pattern = new RegExp(`[${Object.keys(typographic).join('')}]`, 'g');

/** Code is copied and run: no typographic dashes, quotes, ellipses or odd spaces in code blocks or inline code. */
export function checkTypography(pages: Page[]): Problem[] {
	const code = pages.flatMap((page) => [
		...page.codeBlocks.map(({ file, line, value }) => ({ file, line: line + 1, value })),
		...page.inlineCodes,
	]);
	return code.flatMap(({ file, line, value }) =>
		[...value.matchAll(pattern)].map((match) => {
			const character = match[0];
			const name = typographic[character];
			const codePoint = `U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
			return { file, line: lineAt(value, match.index, line), message: `${name} (${codePoint}) in code: use ASCII` };
		}),
	);
}
