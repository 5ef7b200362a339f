/**
 * Grows a domain page `factor` times: the topics (everything from the first `## ` heading on) are
 * repeated, each copy's headings suffixed " (copy N)" and its explicit ids suffixed "-copy-N", so
 * that every heading id stays unique on the page and on /all-notes/, and links keep their targets.
 */
export function multiplyTopics(page: string, factor: number): string {
	if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number >= 1, got ${factor}`);
	const lines = page.split('\n');
	const firstTopic = lines.findIndex((line) => line.startsWith('## '));
	if (firstTopic < 0) throw new Error('the page has no `## ` topic heading');
	const intro = lines.slice(0, firstTopic);
	const topics = lines.slice(firstTopic);
	const copies = Array.from({ length: factor - 1 }, (_, index) => renameCopy(topics, index + 2));
	return [...intro, ...topics, ...copies.flat()].join('\n');
}

/** Suffixes the headings (outside code fences) and the `id="…"` attributes of one copy. */
function renameCopy(lines: string[], copy: number): string[] {
	let fence: string | undefined;
	return lines.map((line) => {
		const fenceMark = /^\s*(```+|~~~+)/.exec(line)?.[1];
		if (fenceMark && (fence === undefined || fenceMark.startsWith(fence))) {
			fence = fence === undefined ? fenceMark : undefined;
			return line;
		}
		if (fence !== undefined) return line;
		if (/^#{2,6} /.test(line)) return `${line.trimEnd()} (copy ${copy})`;
		return line.replace(/\bid="([^"]+)"/g, `id="$1-copy-${copy}"`);
	});
}
