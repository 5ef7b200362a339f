import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import GithubSlugger from 'github-slugger';
import { readPage } from './checks/content.ts';
import { domains } from './domains.ts';

/** Heading ids of a content page, as the site's Markdown pipeline (github-slugger) makes them. */
function headingIds(file: string): Set<string> {
	const slugger = new GithubSlugger();
	return new Set(readPage(file, readFileSync(file, 'utf8')).headings.map((heading) => slugger.slug(heading.text)));
}

test('the exam weights add up to 100%', () => {
	assert.equal(
		domains.reduce((sum, domain) => sum + domain.weight, 0),
		100,
	);
});

for (const domain of domains) {
	const file = `content/docs/${domain.slug}.mdx`;
	test(`every ${domain.title} competency links to topics that exist in ${file}`, () => {
		const ids = headingIds(file);
		for (const competency of domain.competencies) {
			assert.ok(competency.topics.length > 0, `src/domains.ts: "${competency.text}" names no topic`);
			for (const id of competency.topics) {
				assert.ok(ids.has(id), `src/domains.ts: "${competency.text}" names #${id}, which ${file} does not have`);
			}
		}
	});
}

test('all 26 competencies of the curriculum have a practice task', async () => {
	const { readTasks } = await import('./practice/task-files.ts');
	const { tasksForCompetency } = await import('./practice/coverage.ts');
	const tasks = readTasks();
	const competencies = domains.flatMap((domain) => domain.competencies.map((competency) => ({ domain, competency })));
	assert.equal(competencies.length, 26);
	const without = competencies.filter(({ domain, competency }) => tasksForCompetency(domain, competency, tasks).length === 0);
	assert.deepEqual(
		without.map(({ domain, competency }) => `${domain.number}. ${competency.text}`),
		[],
		'competencies without a practice task (src/domains.ts topics vs content/practice topics)',
	);
});
