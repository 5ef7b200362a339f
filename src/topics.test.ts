import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { domains } from './domains.ts';

/**
 * Every numbered topic of the original notes (the seed) has its section on the site, and every
 * topic added to the notes to cover curriculum v1.34 is there and opens with the note
 * "Added for curriculum v1.34", whose line quotes verbatim the v1.34 competency it covers (from
 * src/domains.ts) and gives its history. The note must not call the competency new: several of
 * them have been in the curriculum since v1.19, and most of the others changed in v1.31.
 */
const SEED_TOPICS: Record<string, string[]> = {
	'cluster-setup': ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
	'cluster-hardening': ['2.1', '2.2', '2.3', '2.4'],
	'system-hardening': ['3.1', '3.2', '3.3', '3.4', '3.4.1', '3.4.2'],
	// The seed numbered Kata Containers "4.3.4" and left "Container Runtime" unnumbered.
	'minimize-microservice-vulnerabilities': ['4.1', '4.1.1', '4.1.2', '4.1.3', '4.2', '4.3', '4.3.1', '4.3.2', '4.3.3', '4.4'],
	'supply-chain-security': ['5.1', '5.2', '5.3', '5.4'],
	'monitoring-logging-runtime-security': ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'],
};

const ADDED_TOPICS: Record<string, string[]> = {
	'cluster-setup': ['1.7'],
	'cluster-hardening': ['2.5'],
	'system-hardening': [],
	'minimize-microservice-vulnerabilities': ['4.5', '4.6', '4.7', '4.8'],
	'supply-chain-security': ['5.5', '5.6', '5.7'],
	'monitoring-logging-runtime-security': ['6.7'],
};

/** The numbered `##`/`###` headings of a page and the lines that follow each, up to the next one. */
function topicsOf(file: string): Map<string, string[]> {
	const topics = new Map<string, string[]>();
	let current: string[] | undefined;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const heading = /^#{2,3} (\d+(?:\.\d+)+) /.exec(line);
		if (heading) topics.set(heading[1] as string, (current = []));
		else if (/^#{2,3} /.test(line)) current = undefined;
		else current?.push(line);
	}
	return topics;
}

for (const domain of domains) {
	const file = `content/docs/${domain.slug}.mdx`;
	const topics = topicsOf(file);

	test(`${file} has a section for every topic of the original notes`, () => {
		for (const number of SEED_TOPICS[domain.slug] ?? []) {
			assert.ok(topics.has(number), `${file}: no "## ${number} …" or "### ${number} …" heading for seed topic ${number}`);
		}
	});

	test(`${file} has its topics added for curriculum v1.34, each opening with the "Added for curriculum v1.34" note`, () => {
		for (const number of ADDED_TOPICS[domain.slug] ?? []) {
			const body = topics.get(number);
			assert.ok(body, `${file}: no heading for added topic ${number}`);
			const content = body.filter((line) => line.trim() && !line.startsWith('<span id='));
			assert.equal(content[0], ':::note[Added for curriculum v1.34]', `${file}: topic ${number} does not open with the "Added for curriculum v1.34" note`);
			const line = content[1] ?? '';
			assert.ok(
				domain.competencies.some(({ text }) => line.startsWith(`Covers "${text}"`)),
				`${file}: the note of topic ${number} does not start with 'Covers "…"' quoting a ${domain.title} competency of src/domains.ts`,
			);
			assert.equal(content[2], ':::', `${file}: the note of topic ${number} is not one line`);
		}
	});

	test(`${file} numbers its topics in order, without gaps`, () => {
		const numbers = [...topics.keys()].filter((number) => number.split('.').length === 2);
		const expected = numbers.map((_, index) => `${domain.number}.${index + 1}`);
		assert.deepEqual(
			[...numbers].sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])),
			expected,
			`${file}: topic numbers`,
		);
	});
}
