import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readContent } from '../checks/content.ts';
import { topicIdsByDomain } from '../checks/practice.ts';
import { domains } from '../domains.ts';
import { readCatalogue } from './catalogue.ts';

const catalogue = readCatalogue();

test('the catalogue has every domain with its topics, in page order, and its tasks', () => {
	assert.deepEqual(catalogue.map(({ slug }) => slug), domains.map(({ slug }) => slug));
	for (const domain of catalogue) {
		assert.ok(domain.topics.length >= 4, `${domain.slug} has ${domain.topics.length} topics`);
		assert.match(domain.topics[0]?.title ?? '', new RegExp(`^${domain.number}\\.1 `));
		assert.equal(domain.topics[0]?.id, `${domain.number}.1`, 'a topic is kept under its number');
		assert.equal(new Set(domain.topics.map(({ id }) => id)).size, domain.topics.length, 'numbers are unique');
	}
});

test('topic anchors are the heading ids of the notes pages, and cover every competency', () => {
	const pageIds = topicIdsByDomain(readContent());
	for (const domain of domains) {
		const ids = catalogue.find(({ slug }) => slug === domain.slug)!.topics.map(({ anchor }) => anchor);
		for (const id of ids) assert.ok(pageIds.get(domain.slug)?.has(id), `${id} is a heading of ${domain.slug}`);
		for (const competency of domain.competencies) {
			for (const topic of competency.topics) assert.ok(ids.includes(topic), `${domain.slug}: ${topic} is studied`);
		}
	}
});

test('topics that left the curriculum are not counted', () => {
	const setup = catalogue.find(({ slug }) => slug === 'cluster-setup')!;
	assert.ok(!setup.topics.some(({ title }) => title.startsWith('1.5 ')), '1.5 (GUI elements) is under "Topics no longer in the curriculum"');
});
