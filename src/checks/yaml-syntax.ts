import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { CodeBlock, Page, Problem } from './content.ts';

/** One document of a `yaml` code block, parsed, with a way back to the MDX line of any of its paths. */
export interface YamlDocument {
	block: CodeBlock;
	value: unknown;
	/** The MDX line of the key (or item) at `path`, or of the deepest part of it that exists. */
	lineOf(path: readonly (string | number)[]): number;
}

const options = { version: '1.2', uniqueKeys: true } as const;

/** Parses a `yaml` block as YAML 1.2 (duplicate keys are errors, `---` separates documents). */
export function parseYamlBlock(block: CodeBlock): { documents: YamlDocument[]; problems: Problem[] } {
	const lineCounter = new LineCounter();
	const mdxLine = (offset: number): number => block.line + lineCounter.linePos(offset).line;
	const parsed = parseAllDocuments(block.value, { ...options, lineCounter });
	const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
	// The first error of each document: the ones after it are mostly its echoes.
	const problems = docs.flatMap((doc) =>
		[...doc.errors, ...doc.warnings].slice(0, 1).map((error) => ({
			file: block.file,
			line: mdxLine(error.pos[0]),
			message: `YAML: ${error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}`,
		})),
	);
	if (problems.length > 0) return { documents: [], problems };
	const documents = docs
		.filter((doc) => doc.contents !== null)
		.map((doc) => ({
			block,
			value: doc.toJS(),
			lineOf: (path: readonly (string | number)[]) => mdxLine(offsetOf(doc.contents as Node, path)),
		}));
	return { documents, problems };
}

function offsetOf(root: Node, path: readonly (string | number)[]): number {
	let node: unknown = root;
	let offset = root.range?.[0] ?? 0;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
			node = node.items[segment];
			offset = (node as Node).range?.[0] ?? offset;
		} else break;
	}
	return offset;
}

export function checkYamlSyntax(pages: Page[]): Problem[] {
	return yamlBlocks(pages).flatMap((block) => parseYamlBlock(block).problems);
}

export const yamlBlocks = (pages: Page[]): CodeBlock[] =>
	pages.flatMap((page) => page.codeBlocks.filter((block) => block.lang === 'yaml'));
