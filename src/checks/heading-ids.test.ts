import { test } from 'node:test';
import { readPage } from './content.ts';
import { checkHeadingIds } from './heading-ids.ts';
import { assertProblems } from './testing.ts';

test('a topic id used on two domain pages, twice on one page, or equal to a domain slug fails', () => {
	const pages = [
		readPage('content/docs/cluster-setup.mdx', '## 1.1 Network policies\n\n### Example\n\n#### Verify\n'),
		readPage('content/docs/system-hardening.mdx', '## Cluster setup\n\n### Example\n\n#### Verify\n\n### Example\n'),
		readPage('content/docs/cheat-sheets/x.mdx', '### Example\n'),
	];
	assertProblems(checkHeadingIds(pages), [
		'content/docs/system-hardening.mdx:1: heading id "cluster-setup" is already used by the /all-notes/ section of domain 1',
		'content/docs/system-hardening.mdx:3: heading id "example" is already used by content/docs/cluster-setup.mdx:3',
		'content/docs/system-hardening.mdx:7: heading id "example" is already used by content/docs/cluster-setup.mdx:3',
	]);
});
