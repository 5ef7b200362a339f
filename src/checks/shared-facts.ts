import { auditFlags } from '../facts/audit.ts';
import { cisChecks, cisSections, type CisCheck } from '../facts/cis-checks.ts';
import { falcoConfigKeys, falcoOtherRulesFiles, falcoPaths, falcoRemovedUnits, falcoUnits } from '../facts/falco.ts';
import type { CodeBlock, Page, Problem } from './content.ts';

/**
 * Facts that a domain page and its cheat sheet both state are held to one data module each, so the two
 * cannot disagree: CIS Kubernetes Benchmark check ids (src/facts/cis-checks.ts) and Falco's files, config
 * keys and systemd units (src/facts/falco.ts).
 *
 * CIS ids are read where they cannot be anything else: `CIS 5.3.2`, `check 4.2.14`, `--check 1.2.15,4.2.1`,
 * `--skip 1.1.12`, kube-bench output (`[FAIL] 1.2.15 Ensure …`) and, in a section whose heading names CIS or
 * kube-bench, code comments (`- --profiling=false  # 1.2.15`) and parenthesised ids in prose
 * (`` `--profiling=false` (1.3.2) ``). Markdown links are skipped (`[2.2](/cluster-hardening/…)` is a topic).
 * An id must exist; quoted output must carry kube-bench's title; and when the comment's line or the
 * prose's clause names a flag, kubelet config key, admission plugin or file that some check is about, each
 * id there must be about one of them (and a chmod line cannot cite an ownership check).
 *
 * Falco: every /etc/falco path, every falco-* systemd unit on a systemctl/journalctl/unit line, and every
 * `*_output`/`*_files` key on a line about Falco (and every top-level key of a falco.yaml block) must be
 * in src/facts/falco.ts. Audit: every `--audit-policy-file`, `--audit-log-path` and `--audit-log-max*`
 * value must be the one in src/facts/audit.ts.
 */
export function checkSharedFacts(pages: Page[]): Problem[] {
	return pages.flatMap((page) => [...checkCis(page), ...checkFalco(page), ...checkAuditFlags(page)]);
}

// ---------------------------------------------------------------------------------------------- CIS

const id = String.raw`[1-5](?:\.\d{1,2}){1,2}`;
/** `1.2.15`, `1.2.6-1.2.8`, `1.1.1, 1.1.3`, `2.3 and 2.6`. */
const idList = String.raw`${id}(?:(?:\s*,\s*|\s*-\s*|\s+(?:and|or)\s+)${id})*`;
const notAfter = String.raw`(?<![\w.\/-])`;
const notBefore = String.raw`(?![\w.\/]|-[a-zA-Z])`;

const cisRef = new RegExp(String.raw`\bCIS(?:\s+(?:Benchmark|benchmark|check|checks))?\s+(${idList})${notBefore}`, 'g');
const checkRef = new RegExp(String.raw`(?:--check|--skip)[= ](${id}(?:,${id})*)${notBefore}|(?<![\w-])checks?\s+(${idList})${notBefore}`, 'g');
const parenRef = new RegExp(String.raw`\((?:sections?\s+)?(${idList})\)`, 'g');
const leadRef = new RegExp(String.raw`^\s*[-*]\s+(${id}):`, 'g');
const anyId = new RegExp(String.raw`${notAfter}(?<!\b(?:topics?|see)\s)(${id})${notBefore}`, 'g');
const outputLine = /^\[(PASS|FAIL|WARN|INFO)\]\s+(\d(?:\.\d{1,2}){0,2})\s+(.*)$/;
const remediationLine = new RegExp(String.raw`^(${id})\s`);

interface Mention {
	ids: string[];
	line: number;
	/** The words the ids annotate: the code line, or the prose clause or sentence. */
	clause: string;
	/** Whether to compare the clause with what the ids check. */
	subject: boolean;
}

function checkCis(page: Page): Problem[] {
	const problems: Problem[] = [];
	const lines = page.source.split('\n');
	const cisSection = cisSectionLines(page, lines.length);
	const blockAt = blockByLine(page);
	const start = frontmatterEnd(lines);
	const mentions: Mention[] = [];
	for (let index = start; index < lines.length; index++) {
		const line = index + 1;
		const block = blockAt.get(line);
		if (block && (line === block.line || line === block.endLine)) continue;
		const text = withoutLinks(lines[index] as string);
		const inCis = cisSection[line] === true;
		for (const m of text.matchAll(cisRef)) {
			mentions.push({ ids: expand(m[1] as string), line, clause: block ? text : sentenceAt(text, m.index), subject: true });
		}
		for (const m of text.matchAll(checkRef)) mentions.push({ ids: expand((m[1] ?? m[2]) as string), line, clause: text, subject: false });
		if (block?.lang === 'text' && inCis) {
			const output = outputLine.exec(text.trim());
			if (output) {
				const [, , outputId, title] = output as unknown as [string, string, string, string];
				const known = cisChecks[outputId]?.title ?? cisSections[outputId];
				if (known === undefined) problems.push(unknown(page, line, outputId));
				else if (known !== title.trim()) {
					problems.push({ file: page.file, line, message: `kube-bench prints ${outputId} as "${known}", not "${title.trim()}" (src/facts/cis-checks.ts)` });
				}
				continue;
			}
			const remediation = remediationLine.exec(text);
			if (remediation) mentions.push({ ids: [remediation[1] as string], line, clause: text, subject: false });
			continue;
		}
		if (!inCis) continue;
		if (block) {
			const comment = commentOf(text, block.lang);
			if (comment === undefined) continue;
			const ids = [...comment.matchAll(anyId)].map((m) => m[1] as string);
			const ranges = [...comment.matchAll(new RegExp(`(${id})\\s*-\\s*(${id})`, 'g'))].flatMap((m) => expand(m[0]));
			const all = [...new Set([...ids, ...ranges])];
			if (all.length > 0) {
				const key = block.lang === 'yaml' ? yamlPathAt(lines, block, index) : undefined;
				mentions.push({ ids: all, line, clause: key ? `${text} ${key}` : text, subject: true });
			}
			continue;
		}
		let clauseStart = 0;
		for (const m of text.matchAll(parenRef)) {
			mentions.push({ ids: expand(m[1] as string), line, clause: text.slice(clauseStart, m.index), subject: true });
			clauseStart = m.index + m[0].length;
		}
		for (const m of text.matchAll(leadRef)) mentions.push({ ids: [m[1] as string], line, clause: text, subject: false });
	}
	for (const mention of mentions) problems.push(...checkMention(page, mention));
	return problems;
}

function checkMention(page: Page, { ids, line, clause, subject }: Mention): Problem[] {
	const problems: Problem[] = [];
	const named = subject ? subjectsIn(clause) : [];
	for (const checkId of ids) {
		const check = cisChecks[checkId];
		if (check === undefined) {
			if (cisSections[checkId] === undefined) problems.push(unknown(page, line, checkId));
			continue;
		}
		if (named.length > 0 && !named.some((token) => check.subjects.some((s) => same(token, s)))) {
			problems.push({ file: page.file, line, message: `CIS ${checkId} is "${check.title}", not about ${named.join(', ')} (src/facts/cis-checks.ts)` });
		} else if (subject && check.mode !== undefined) {
			const other = check.mode === 'chmod' ? 'chown' : 'chmod';
			if (new RegExp(`\\b${other}\\b`).test(clause) && !new RegExp(`\\b${check.mode}\\b`).test(clause)) {
				problems.push({ file: page.file, line, message: `CIS ${checkId} is "${check.title}": fixed with ${check.mode}, not ${other} (src/facts/cis-checks.ts)` });
			}
		}
	}
	return problems;
}

const unknown = (page: Page, line: number, checkId: string): Problem => ({
	file: page.file,
	line,
	message: `CIS ${checkId} is not a check of the CIS Kubernetes Benchmark v1.12 as kube-bench v0.15.6 names them (src/facts/cis-checks.ts)`,
});

/** Every subject of every check: the flags, config keys, plugins and files a clause can be about. */
const universe: readonly string[] = [...new Set(Object.values(cisChecks).flatMap((check: CisCheck) => check.subjects))];

/** The subjects some check is about that the clause names. */
function subjectsIn(clause: string): string[] {
	const tokens = new Set<string>();
	for (const m of clause.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)) tokens.add(m[0]);
	for (const m of clause.matchAll(/(?<![\w$])\/(?:etc|var|usr)\/[\w./*-]*[\w*]/g)) tokens.add(m[0]);
	for (const m of clause.matchAll(/(?<![\w/.-])[\w-]+\.(?:conf|yaml|crt|key)\b/g)) tokens.add(m[0]);
	for (const m of clause.matchAll(/[A-Za-z][\w.]*[A-Za-z]/g)) tokens.add(m[0]);
	const named = [...tokens].filter((token) => universe.some((s) => same(token, s)));
	// A file named by its path is not named again by its basename.
	return named.filter((token) => token.includes('/') || !named.some((other) => other.endsWith(`/${token}`)));
}

function same(token: string, subject: string): boolean {
	if (token === subject) return true;
	if (!token.includes('/') && !/\.(conf|yaml|crt|key)$/.test(token)) return false;
	if (token.includes('*')) {
		const glob = new RegExp(`^${token.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
		if (glob.test(subject)) return true;
	}
	const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);
	return subject.includes('/') && base(token) === base(subject) && !token.includes('*');
}

/** `1.2.6-1.2.8` is 1.2.6, 1.2.7 and 1.2.8; lists give each id. */
function expand(list: string): string[] {
	const ids: string[] = [];
	for (const part of list.split(/\s*,\s*|\s+(?:and|or)\s+/)) {
		const range = /^(.*?)(\d+)\s*-\s*\1(\d+)$/.exec(part);
		if (range) {
			const [, prefix, from, to] = range as unknown as [string, string, string, string];
			for (let n = Number(from); n <= Number(to); n++) ids.push(`${prefix}${n}`);
		} else ids.push(...part.split(/\s*-\s*/));
	}
	return ids.filter(Boolean);
}

/** Whether each line (1-based) is under a heading that names CIS or kube-bench, at any level above it. */
function cisSectionLines(page: Page, count: number): boolean[] {
	const result: boolean[] = [];
	const stack: { depth: number; cis: boolean }[] = [];
	const headings = [...page.headings];
	for (let line = 1; line <= count; line++) {
		while (headings[0] && headings[0].line === line) {
			const heading = headings.shift()!;
			while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
			stack.push({ depth: heading.depth, cis: /\bCIS\b|kube-bench/i.test(heading.text) });
		}
		result[line] = stack.some((entry) => entry.cis);
	}
	return result;
}

function blockByLine(page: Page): Map<number, CodeBlock> {
	const map = new Map<number, CodeBlock>();
	for (const block of page.codeBlocks) for (let line = block.line; line <= block.endLine; line++) map.set(line, block);
	return map;
}

function frontmatterEnd(lines: string[]): number {
	if (lines[0] !== '---') return 0;
	const end = lines.indexOf('---', 1);
	return end < 0 ? 0 : end + 1;
}

/** The line with each Markdown link blanked: a link's text is a topic number, not a check. */
const withoutLinks = (text: string): string => text.replace(/\[[^\]]*\]\([^)]*\)/g, (link) => ' '.repeat(link.length));

function sentenceAt(text: string, index: number): string {
	const before = text.slice(0, index);
	const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '));
	const after = text.slice(index).search(/\.(\s|$)/);
	return text.slice(start < 0 ? 0 : start + 2, after < 0 ? undefined : index + after);
}

/** The comment of a shell or YAML line (`# …` after code or on its own), if any. */
function commentOf(text: string, lang: string | undefined): string | undefined {
	if (lang !== 'sh' && lang !== 'bash' && lang !== 'yaml') return undefined;
	const m = /(?:^|\s)#\s(.*)$/.exec(text);
	return m?.[1];
}

/** The dotted path of the YAML mapping key on a line (`authentication.anonymous.enabled`), from indentation. */
function yamlPathAt(lines: string[], block: CodeBlock, index: number): string | undefined {
	const keyOf = (text: string) => /^(\s*)([A-Za-z][\w-]*):(?:\s|$)/.exec(text);
	const own = keyOf(lines[index] as string);
	if (!own) return undefined;
	const path = [own[2] as string];
	let indent = (own[1] as string).length;
	for (let i = index - 1; i > block.line - 1 && indent > 0; i--) {
		const parent = keyOf(lines[i] as string);
		if (parent && (parent[1] as string).length < indent) {
			path.unshift(parent[2] as string);
			indent = (parent[1] as string).length;
		}
	}
	return path.join('.');
}

// -------------------------------------------------------------------------------------------- Falco

const falcoPath = /(?<![\w.-])\/etc\/falco(?:\/[\w.*-]+)*\/?/g;
const falcoUnit = /(?<![\w/.-])(falco(?:ctl)?-[a-z0-9-]+)(?:\.service)?(?![\w.-])/g;
const unitContext = /systemctl|journalctl|\bunits?\b|\.service\b/;
const falcoKey = /(?<![\w.-])[a-z]+(?:_[a-z]+)*_(?:outputs?|files?)(?![\w.-])/g;

function checkFalco(page: Page): Problem[] {
	const problems: Problem[] = [];
	const lines = page.source.split('\n');
	const blockAt = blockByLine(page);
	const paths = new Set(falcoPaths);
	for (let index = frontmatterEnd(lines); index < lines.length; index++) {
		const line = index + 1;
		const text = lines[index] as string;
		const add = (message: string) => problems.push({ file: page.file, line, message: `${message} (src/facts/falco.ts)` });
		for (const m of text.matchAll(falcoPath)) {
			const path = m[0].replace(/\/$/, '');
			if (!paths.has(path)) add(`${m[0]} is not a file Falco 0.44 installs or reads: ${falcoPaths.join(', ')}`);
		}
		if (unitContext.test(text)) {
			for (const m of text.matchAll(falcoUnit)) {
				const unit = m[1] as string;
				if (falcoUnits.includes(unit) || falcoOtherRulesFiles.some((file) => file.startsWith(`${unit}_`))) continue;
				const removedIn = falcoRemovedUnits[unit];
				if (removedIn === undefined) add(`${unit} is not a systemd unit of Falco 0.44: ${falcoUnits.join(', ')}`);
				else if (!text.includes(removedIn)) add(`${unit} was removed in Falco ${removedIn}: say so on the line, or name ${falcoUnits[0]}`);
			}
		}
		const block = blockAt.get(line);
		const inFalcoYaml = block?.meta.title === '/etc/falco/falco.yaml';
		if (/falco/i.test(text) || inFalcoYaml) {
			for (const m of text.matchAll(falcoKey)) {
				if (inFalcoYaml && m.index === 0) continue; // a top-level key: checked below
				if (!falcoConfigKeys.includes(m[0])) add(`${m[0]} is not a key of falco.yaml in Falco 0.44`);
			}
		}
		if (inFalcoYaml && line !== block.line && line !== block.endLine) {
			const key = /^([A-Za-z_][\w-]*):/.exec(text)?.[1];
			if (key !== undefined && !falcoConfigKeys.includes(key)) add(`${key} is not a top-level key of falco.yaml in Falco 0.44`);
		}
	}
	return problems;
}

// -------------------------------------------------------------------------------------------- Audit

const auditFlag = /(?<![\w-])(--audit-(?:policy-file|log-path|log-maxage|log-maxbackup|log-maxsize))=([^\s`"',;)]+)/g;

function checkAuditFlags(page: Page): Problem[] {
	const problems: Problem[] = [];
	page.source.split('\n').forEach((text, index) => {
		for (const m of text.matchAll(auditFlag)) {
			const [, flag, value] = m as unknown as [string, string, string];
			const expected = auditFlags[flag];
			if (expected !== undefined && value !== expected) {
				problems.push({ file: page.file, line: index + 1, message: `${flag}=${value}: every page uses ${flag}=${expected} (src/facts/audit.ts)` });
			}
		}
	});
	return problems;
}
