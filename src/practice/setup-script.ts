/**
 * The downloadable setup script of a practice task (`/practice/setup/<id>.sh`), made from the
 * task's `<Setup>` section: its prose becomes the header comments, each `yaml` block is applied with
 * `kubectl apply` (idempotent), each `sh`/`bash` block runs as written.
 */
import type { Page } from '../checks/content.ts';
import { ENVIRONMENTS, type Environment } from './environments.ts';

export interface SetupTask {
	id: string;
	title: string;
	context: string;
	environment: readonly Environment[];
}

/** Where the blocks must run, when not on a workstation with kubectl. */
const RUNS_ON_A_NODE: readonly Environment[] = ['control-plane', 'node', 'apparmor', 'falco', 'gvisor', 'kube-bench'];

/** The Setup section's prose, as plain text lines without Markdown markup. */
function setupProse(page: Page): string[] {
	const start = page.source.indexOf('<Setup>');
	const end = page.source.indexOf('</Setup>');
	if (start < 0 || end < start) return [];
	return page.source
		.slice(start + '<Setup>'.length, end)
		.replace(/```[\s\S]*?```/g, '')
		.split('\n')
		.map((line) => line.replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
		.filter(Boolean);
}

const EOF_MARKER = 'CKS_NOTES_MANIFEST';

export function setupScript(task: SetupTask, page: Page): string {
	const blocks = page.codeBlocks.filter((block) => block.component === 'Setup');
	const where = task.environment.some((need) => RUNS_ON_A_NODE.includes(need))
		? `# Needs: ${task.environment.map((need) => ENVIRONMENTS[need]).join('; ')}.`
		: '# Run it where kubectl reaches your practice cluster.';
	const header = [
		'#!/usr/bin/env bash',
		`# CKS Notes practice task ${task.id}: ${task.title}`,
		'#',
		...setupProse(page).map((line) => `# ${line}`),
		'#',
		where,
		'# Safe to run again: it applies the same objects and files.',
		'set -euo pipefail',
		'',
		`kubectl config use-context ${task.context} >/dev/null 2>&1 || echo "No context ${task.context}: using $(kubectl config current-context)" >&2`,
	];
	const body = blocks.flatMap((block) => {
		if (block.lang === 'yaml') return ['', `kubectl apply -f - <<'${EOF_MARKER}'`, block.value, EOF_MARKER];
		if (block.lang === 'sh' || block.lang === 'bash') return ['', block.value];
		return [];
	});
	return `${[...header, ...body].join('\n')}\n`;
}
