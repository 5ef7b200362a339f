import { test } from 'node:test';
import { readPage } from './content.ts';
import { checkHeadingLevels } from './heading-levels.ts';
import { assertProblems } from './testing.ts';

test('a heading that skips a level fails; going back up any number of levels is fine', () => {
	const pages = [
		readPage('content/docs/cluster-setup.mdx', '## 1.1 Network policies\n\n#### Default deny\n\n### Allow DNS\n\n#### Check\n\n## 1.2 kube-bench\n'),
		readPage('content/docs/index.mdx', '### Starts too deep\n'),
	];
	assertProblems(checkHeadingLevels(pages), [
		'content/docs/cluster-setup.mdx:3: "#### Default deny" skips a level after a level-2 heading: make it ###',
		'content/docs/index.mdx:1: "### Starts too deep" skips a level after a level-1 heading: make it ##',
	]);
});
