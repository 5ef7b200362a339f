import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lineAt, type CodeBlock, type Page, type Problem } from './content.ts';

const isShell = (block: CodeBlock) => block.lang === 'sh' || block.lang === 'bash';

/**
 * Every `sh`/`bash` block is a script that `bash -n` accepts, with no `<placeholder>` outside comments
 * (the shell reads it as a redirect): set a variable at the top instead (`POD=mypod  # your pod`).
 */
export function checkShellSyntax(pages: Page[]): Problem[] {
	const blocks = pages.flatMap((page) => page.codeBlocks.filter(isShell));
	const dir = mkdtempSync(join(tmpdir(), 'cks-shell-'));
	try {
		return blocks.flatMap((block, index) => [...bashErrors(block, join(dir, `${index}.sh`)), ...placeholders(block)]);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function bashErrors(block: CodeBlock, script: string): Problem[] {
	writeFileSync(script, `${block.value}\n`);
	const { status, stderr } = spawnSync('bash', ['-n', script], { encoding: 'utf8' });
	if (status === 0) return [];
	const errors = [...stderr.matchAll(/: line (\d+): (.*)/g)];
	// bash prints an error, then the offending line of the script: keep the first message per line.
	const byLine = new Map(errors.reverse().map(([, line, message]) => [Number(line), message as string]));
	if (byLine.size === 0) return [{ file: block.file, line: block.line, message: `bash -n: ${stderr.trim()}` }];
	return [...byLine].sort(([a], [b]) => a - b).map(([line, message]) => ({ file: block.file, line: block.line + line, message: `bash -n: ${message}` }));
}

function placeholders(block: CodeBlock): Problem[] {
	return [...block.value.matchAll(/(?<![<\w])<[A-Za-z][\w.-]*>/g)]
		.filter((match) => !/(^|\s)#/.test(block.value.slice(block.value.lastIndexOf('\n', match.index) + 1, match.index)))
		.map((match) => ({
			file: block.file,
			line: lineAt(block.value, match.index, block.line + 1),
			message: `${match[0]} in a shell block is a redirect, not a placeholder: set a variable at the top (POD=mypod  # your pod)`,
		}));
}
