/**
 * Practice tasks (content/practice/<domain>/<id>.mdx): valid metadata, topics that exist, the four
 * parts in order, an allowed-documentation link in the statement, and a setup script that is
 * idempotent and passes `bash -n` and shellcheck (when installed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse } from 'yaml';
import { domains } from '../domains.ts';
import { isAllowedInExam } from '../exam-resources.ts';
import { taskSchema, type Task } from '../practice/schema.ts';
import { setupScript } from '../practice/setup-script.ts';
import type { Page, Problem } from './content.ts';

export const PARTS = ['Setup', 'Task', 'Solution', 'Verify'] as const;

export const isTaskPage = (page: Page): boolean => page.file.startsWith('content/practice/') || page.file.startsWith('practice/');

/** The numbered topic ids (h2/h3 starting with a number) of each domain page, by domain slug. */
export function topicIdsByDomain(pages: Page[]): Map<string, Set<string>> {
	const byDomain = new Map<string, Set<string>>();
	for (const domain of domains) {
		const page = pages.find(({ file }) => file === `content/docs/${domain.slug}.mdx`);
		const slugger = new GithubSlugger();
		const ids = (page?.headings ?? [])
			.filter(({ depth }) => depth === 2 || depth === 3)
			.map(({ text }) => ({ text, id: slugger.slug(text) }))
			.filter(({ text }) => /^\d+\.\d+/.test(text))
			.map(({ id }) => id);
		byDomain.set(domain.slug, new Set(ids));
	}
	return byDomain;
}

function frontmatterLine(page: Page, key: string | number | undefined): number {
	const lines = (page.frontmatter ?? '').split('\n');
	const index = typeof key === 'string' ? lines.findIndex((line) => line.startsWith(`${key}:`)) : -1;
	return 2 + Math.max(0, index);
}

/** Parses and validates a task's frontmatter; problems name the line of the key at fault. */
export function taskMetadata(page: Page): { task?: Task; problems: Problem[] } {
	let data: unknown;
	try {
		data = parse(page.frontmatter ?? '');
	} catch (error) {
		return { problems: [{ file: page.file, line: 2, message: `frontmatter: ${(error as Error).message.split('\n')[0]}` }] };
	}
	const result = taskSchema.safeParse(data ?? {});
	if (result.success) return { task: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			file: page.file,
			line: frontmatterLine(page, issue.path[0] as string | undefined),
			message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
		})),
	};
}

function partProblems(page: Page): Problem[] {
	const lines = page.source.split('\n');
	const opened = lines.flatMap((line, index) => {
		const match = /^<(\w+)>\s*$/.exec(line);
		return match ? [{ name: match[1] as string, line: index + 1 }] : [];
	});
	const names = opened.map(({ name }) => name);
	if (names.join() === PARTS.join()) return [];
	const line = opened.find(({ name }, index) => name !== PARTS[index])?.line ?? lines.length;
	return [{ file: page.file, line, message: `a task has exactly <${PARTS.join('>, <')}>, in that order, each on its own line; found ${names.length ? `<${names.join('>, <')}>` : 'none'}` }];
}

function sectionText(page: Page, part: string): { text: string; line: number } {
	const start = page.source.indexOf(`<${part}>`);
	const end = page.source.indexOf(`</${part}>`);
	if (start < 0 || end < start) return { text: '', line: 1 };
	return { text: page.source.slice(start, end), line: page.source.slice(0, start).split('\n').length };
}

function statementProblems(page: Page): Problem[] {
	const { text, line } = sectionText(page, 'Task');
	const links = [...text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map(([, href]) => href as string);
	if (links.some(isAllowedInExam)) return [];
	return [{ file: page.file, line, message: 'the <Task> statement links no page of the documentation allowed in the exam (kubernetes.io/docs, ...)' }];
}

/** Setup commands that fail or duplicate objects when the script runs a second time. */
const NOT_IDEMPOTENT = /\bkubectl\s+(?:-n\s+\S+\s+|--namespace[= ]\S+\s+)?(create|run|expose)\b(?![^\n]*--dry-run=client)/;

/** `cp -n` exits 1 when the target exists (coreutils 9.2 to 9.4, Ubuntu 24.04): a second run stops there under `set -e`. */
const NO_CLOBBER_COPY = /\bcp\s+(?:-\w*n\w*|--no-clobber|--update=none-fail)\b/;

function setupProblems(page: Page, task: Task | undefined, dir: string): Problem[] {
	const problems: Problem[] = [];
	for (const block of page.codeBlocks.filter(({ component }) => component === 'Setup')) {
		block.value.split('\n').forEach((text, index) => {
			if (NO_CLOBBER_COPY.test(text.replace(/#.*$/, ''))) {
				problems.push({ file: page.file, line: block.line + 1 + index, message: 'cp -n exits 1 when the target exists (coreutils 9.2 to 9.4), which stops the setup script on its second run: write [ -e TARGET ] || cp SOURCE TARGET' });
			}
			const match = NOT_IDEMPOTENT.exec(text);
			if (match) {
				problems.push({
					file: page.file,
					line: block.line + 1 + index,
					message: `kubectl ${match[1]} fails when the setup script runs twice: pipe --dry-run=client -o yaml into kubectl apply -f -`,
				});
			}
		});
		if (block.lang === 'yaml' && !block.meta.title) {
			problems.push({ file: page.file, line: block.line, message: 'a Setup manifest needs a title="....yaml" (the file a candidate saves it as)' });
		}
	}
	if (!task) return problems;
	const script = join(dir, `${task.id}.sh`);
	writeFileSync(script, setupScript(task, page));
	for (const [command, args] of [
		['bash', ['-n', script]],
		['shellcheck', ['--severity=warning', '--format=gcc', script]],
	] as const) {
		const run = spawnSync(command, args, { encoding: 'utf8' });
		if (run.error) continue; // shellcheck is not installed: bash -n still ran.
		if (run.status !== 0) {
			problems.push({ file: page.file, line: sectionText(page, 'Setup').line, message: `setup script /practice/setup/${task.id}.sh: ${command}: ${(run.stdout + run.stderr).trim().replaceAll(`${script}:`, 'line ')}` });
		}
	}
	return problems;
}

export function checkPracticeTasks(pages: Page[]): Problem[] {
	const tasks = pages.filter(isTaskPage);
	const topics = topicIdsByDomain(pages);
	const seen = new Map<string, string>();
	const dir = mkdtempSync(join(tmpdir(), 'cks-setup-'));
	try {
		return tasks.flatMap((page) => {
			const { task, problems } = taskMetadata(page);
			if (task) {
				if (basename(page.file) !== `${task.id}.mdx` || basename(dirname(page.file)) !== task.domain) {
					problems.push({ file: page.file, line: frontmatterLine(page, 'id'), message: `task ${task.id} of ${task.domain} belongs in content/practice/${task.domain}/${task.id}.mdx` });
				}
				const other = seen.get(task.id);
				if (other) problems.push({ file: page.file, line: frontmatterLine(page, 'id'), message: `task id ${task.id} is already used by ${other}` });
				seen.set(task.id, page.file);
				for (const topic of task.topics.filter((id) => !topics.get(task.domain)?.has(id))) {
					problems.push({ file: page.file, line: frontmatterLine(page, 'topics'), message: `topic "${topic}" is not a numbered topic of content/docs/${task.domain}.mdx` });
				}
			}
			return [...problems, ...partProblems(page), ...statementProblems(page), ...setupProblems(page, task, dir)];
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
