/**
 * Reads content pages with the parser the site renders them with (Sätteri's MDX parser, with
 * Starlight's `:::` directives), and extracts what the content checks look at: fenced code blocks,
 * inline code, headings, asides and frontmatter, each with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const contentDir = join(repoRoot, 'content/docs');
/** Practice tasks: one MDX file per task, content/practice/<domain>/<id>.mdx. */
export const practiceDir = join(repoRoot, 'content/practice');

export interface FenceMeta {
	/** `title="…"`: the file the block is (part of). */
	title?: string;
	/** `fragment`: YAML that is deliberately not a whole object; it must still parse. */
	fragment: boolean;
	/** `historical`: shows a removed API for reference, beside a `:::danger` or `:::caution` aside. */
	historical: boolean;
}

export interface CodeBlock {
	file: string;
	/** Line of the opening fence; the block's n-th line of code is on line `line + n`. */
	line: number;
	endLine: number;
	lang: string | undefined;
	meta: FenceMeta;
	value: string;
	/** The MDX component the block is inside, if any: `Setup`, `Solution` (practice tasks). */
	component?: string;
}

export interface InlineCode {
	file: string;
	line: number;
	value: string;
}

export interface Heading {
	file: string;
	line: number;
	depth: number;
	text: string;
}

export interface Aside {
	/** `note`, `tip`, `caution` or `danger`. */
	variant: string;
	line: number;
	endLine: number;
	/** Its title and body as plain text. */
	text: string;
}

export interface Page {
	/** Path from the repository root, as messages name it. */
	file: string;
	/** The page's MDX as written: line n is `source.split('\n')[n - 1]`. */
	source: string;
	frontmatter: string | undefined;
	codeBlocks: CodeBlock[];
	inlineCodes: InlineCode[];
	headings: Heading[];
	asides: Aside[];
}

/** A content error: the file and line it is on, and what is wrong. */
export interface Problem {
	file: string;
	line: number;
	message: string;
}

export const formatProblem = ({ file, line, message }: Problem): string => `${file}:${line}: ${message}`;

/** The line of the `index`-th character of `text`, which starts on `firstLine`. */
export function lineAt(text: string, index: number, firstLine: number): number {
	return firstLine + (text.slice(0, index).match(/\n/g)?.length ?? 0);
}

export function parseFenceMeta(meta: string | null | undefined): FenceMeta {
	const words = new Map<string, string | true>();
	for (const [, key, double, single, bare] of (meta ?? '').matchAll(/([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S*)))?/g)) {
		words.set(key as string, double ?? single ?? bare ?? true);
	}
	const title = words.get('title');
	return {
		...(typeof title === 'string' && { title }),
		fragment: words.has('fragment'),
		historical: words.has('historical'),
	};
}

const asideVariants = new Set(['note', 'tip', 'caution', 'danger']);

export function readPage(file: string, source: string): Page {
	const page: Page = { file, source, frontmatter: undefined, codeBlocks: [], inlineCodes: [], headings: [], asides: [] };
	const visit = (node: MdastNode, component?: string): void => {
		const line = node.position?.start.line ?? 0;
		const endLine = node.position?.end.line ?? line;
		if (node.type === 'yaml' && line === 1) page.frontmatter = node.value;
		if (node.type === 'code') {
			const meta = parseFenceMeta(node.meta);
			page.codeBlocks.push({ file, line, endLine, lang: node.lang ?? undefined, meta, value: node.value, ...(component && { component }) });
		}
		if (node.type === 'inlineCode') page.inlineCodes.push({ file, line, value: node.value });
		if (node.type === 'heading') page.headings.push({ file, line, depth: node.depth, text: textOf(node) });
		if (node.type === 'containerDirective' && asideVariants.has(node.name)) {
			page.asides.push({ variant: node.name, line, endLine, text: textOf(node) });
		}
		const inside = node.type === 'mdxJsxFlowElement' && typeof node.name === 'string' ? node.name : component;
		if ('children' in node) for (const child of node.children as MdastNode[]) visit(child, inside);
	};
	const parse = file.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
	try {
		visit(parse(source, { features: { directive: true } }));
	} catch (error) {
		// Sätteri reports `line:column: message`; name the file too.
		throw new Error(`${file}:${(error as Error).message}`, { cause: error });
	}
	return page;
}

function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return 'children' in node ? (node.children as MdastNode[]).map(textOf).join('') : '';
}

/** Every `.md`/`.mdx` file under `dirs` (default: the pages and the practice tasks), parsed. */
export function readContent(dirs: string | string[] = [contentDir, practiceDir]): Page[] {
	return [dirs].flat().flatMap(readDir);
}

function readDir(dir: string): Page[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const path = join(dir, name);
			return readPage(relative(repoRoot, path), readFileSync(path, 'utf8'));
		});
}
