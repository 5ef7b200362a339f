import { lineAt, type Page, type Problem } from './content.ts';

/** Every `json` block parses (seccomp profiles and the like are copied into files as they are). */
export function checkJsonSyntax(pages: Page[]): Problem[] {
	return pages.flatMap((page) =>
		page.codeBlocks
			.filter((block) => block.lang === 'json')
			.flatMap(({ file, line, value }) => {
				try {
					JSON.parse(value);
					return [];
				} catch (error) {
					const { message } = error as Error;
					const position = Number(/at position (\d+)/.exec(message)?.[1] ?? 0);
					return [{ file, line: lineAt(value, position, line + 1), message: `JSON: ${message.replace(/ \(line \d+ column \d+\)$/, '')}` }];
				}
			}),
	);
}
