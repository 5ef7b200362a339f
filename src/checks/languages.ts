import type { Page, Problem } from './content.ts';

/**
 * The fence languages the notes use. `sh`/`bash` blocks are scripts that must pass `bash -n`;
 * a shell session with output, or a table of commands, is `text`. `console` is left out on purpose:
 * it would mix commands and output and skip the shell syntax check.
 */
export const allowedLanguages = [
	'yaml',
	'sh',
	'bash',
	'json',
	'text',
	'toml',
	'ini',
	'dockerfile',
	'rego',
	'go',
] as const;

export function checkLanguages(pages: Page[]): Problem[] {
	const allowed: readonly string[] = allowedLanguages;
	return pages.flatMap((page) =>
		page.codeBlocks
			.filter((block) => !allowed.includes(block.lang ?? ''))
			.map(({ file, line, lang }) => ({
				file,
				line,
				message: `${lang ? `code fence language "${lang}" is not allowed` : 'code fence names no language'}: use one of ${allowedLanguages.join(', ')}`,
			})),
	);
}
