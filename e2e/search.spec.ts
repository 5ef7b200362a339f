import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FIRST_SEARCH_TIMEOUT } from './support/audit.ts';
import { chooseTheme, domains } from './support/site.ts';

/**
 * The query table: what a candidate types, and the topic (`N.M` or `N.M.K`, a heading of the
 * brief's canonical list) that must come first, or at least in the first three results.
 */
const QUERIES: { query: string; topic: string; within: 1 | 3 }[] = [
	// 1. Cluster Setup
	{ query: '169.254.169.254', topic: '1.4', within: 1 },
	{ query: 'kube-bench', topic: '1.2', within: 1 },
	{ query: 'kubebench', topic: '1.2', within: 1 }, // dash left out
	{ query: 'default-deny-all', topic: '1.1', within: 1 },
	{ query: 'kubernetes.io/tls', topic: '1.3', within: 1 },
	{ query: 'kubectl.sha256', topic: '1.6', within: 1 },
	{ query: '--terminated-pod-gc-threshold', topic: '1.7', within: 1 },
	{ query: 'kubernetes-dashboard', topic: '1.5', within: 1 },
	// 2. Cluster Hardening
	{ query: '--anonymous-auth', topic: '2.1', within: 1 },
	{ query: 'system:masters', topic: '2.2', within: 3 },
	{ query: 'automountServiceAccountToken', topic: '2.3', within: 1 },
	{ query: 'automountService', topic: '2.3', within: 1 }, // unfinished word
	{ query: 'kubernetes-security-announce', topic: '2.4', within: 1 },
	{ query: '--ignore-daemonsets', topic: '2.5', within: 1 },
	{ query: 'kubeadm upgrade apply', topic: '2.5', within: 1 },
	// 3. System Hardening
	{ query: 'aa-status', topic: '3.4.2', within: 1 },
	{ query: 'apparmor_parser', topic: '3.4.2', within: 1 },
	{ query: 'appArmorProfile', topic: '3.4.2', within: 1 },
	{ query: 'seccom', topic: '3.4.1', within: 3 }, // unfinished word
	{ query: '/var/lib/kubelet/seccomp', topic: '3.4.1', within: 1 },
	{ query: 'SCMP_ACT_ERRNO', topic: '3.4.1', within: 1 },
	{ query: 'sshd_config', topic: '3.1', within: 1 },
	{ query: 'PermitRootLogin', topic: '3.1', within: 1 },
	{ query: 'loadBalancerSourceRanges', topic: '3.3', within: 1 },
	// 4. Minimize Microservice Vulnerabilities
	{ query: 'runsc', topic: '4.3.1', within: 3 },
	{ query: 'RuntimeClass', topic: '4.3', within: 3 },
	{ query: 'node.k8s.io/v1', topic: '4.3', within: 3 }, // RuntimeClass apiVersion
	{ query: 'kata', topic: '4.3.2', within: 1 },
	{ query: 'allowPrivilegeEscalation', topic: '4.1.3', within: 3 },
	{ query: 'ConstraintTemplate', topic: '4.1.2', within: 3 },
	{ query: 'secretKeyRef', topic: '4.2', within: 1 },
	{ query: 'mtls', topic: '4.4', within: 3 },
	{ query: 'pod-security.kubernetes.io/enforce', topic: '4.5', within: 1 },
	{ query: 'EncryptionConfiguration', topic: '4.6', within: 1 },
	{ query: 'PeerAuthentication', topic: '4.7', within: 1 },
	{ query: 'ResourceQuota', topic: '4.8', within: 1 },
	// 5. Supply Chain Security
	{ query: 'ImagePolicyWebhook', topic: '5.2', within: 1 },
	{ query: 'imagepolicy', topic: '5.2', within: 1 }, // lower case, unfinished
	{ query: 'distroless', topic: '5.1', within: 1 },
	{ query: 'kubesec', topic: '5.3', within: 1 },
	{ query: 'trivy image', topic: '5.4', within: 1 },
	{ query: 'SBOM', topic: '5.5', within: 1 },
	{ query: 'cosign verify', topic: '5.6', within: 1 },
	{ query: 'kube-linter', topic: '5.7', within: 1 },
	// 6. Monitoring, Logging and Runtime Security
	{ query: '--audit-log-maxage', topic: '6.6', within: 1 },
	{ query: 'audit-log-maxage', topic: '6.6', within: 1 }, // leading dashes left out
	{ query: 'omitStages', topic: '6.6', within: 1 },
	{ query: 'audit.k8s.io/v1', topic: '6.6', within: 1 }, // audit Policy apiVersion
	{ query: 'falco', topic: '6.1', within: 1 },
	{ query: '/etc/falco/falco_rules.local.yaml', topic: '6.1', within: 1 },
	{ query: 'sysdig', topic: '6.4', within: 3 },
	{ query: 'readOnlyRootFilesystem', topic: '6.5', within: 3 },
	{ query: 'ValidatingAdmissionPolicy', topic: '6.7', within: 1 },
];

/** The page of topic `1.4`: `/cluster-setup/`. */
function topicPath(topic: string): string {
	const domain = domains.find((candidate) => String(candidate.number) === topic.split('.')[0]);
	if (!domain) throw new Error(`No domain for topic ${topic}`);
	return `/${domain.slug}/`;
}

/** A result for sub-topic 5.2.1 is a result for topic 5.2. */
const isWithinTopic = (title: string, topic: string) => {
	const number = title.split(' ')[0] ?? '';
	return number === topic || number.startsWith(`${topic}.`);
};

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const searchInput = (page: Page) => searchDialog(page).locator('.pagefind-ui__search-input');
const resultLinks = (page: Page) => searchDialog(page).locator('.pagefind-ui__result-link');
const message = (page: Page) => searchDialog(page).locator('.pagefind-ui__message');

async function openSearch(page: Page): Promise<void> {
	await page.keyboard.press('/');
	await expect(searchInput(page)).toBeFocused();
}

/** Types `query` into the open search and waits for its results (or for "No results"). */
async function search(page: Page, query: string): Promise<Locator> {
	const input = searchInput(page);
	await input.fill(query);
	const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	await expect(message(page)).toHaveText(new RegExp(`^(No results|\\d+ results?) for ${escaped}$`), { timeout: FIRST_SEARCH_TIMEOUT });
	// Each result shows a placeholder until its data has loaded.
	await expect(searchDialog(page).locator('.pagefind-ui__result .pagefind-ui__loading')).toHaveCount(0);
	return resultLinks(page);
}

/** Where `url` points: path below the base path, and hash. */
function target(url: string, baseURL: string): { path: string; hash: string; highlight: string[] } {
	const parsed = new URL(url, baseURL);
	const base = new URL(baseURL).pathname.replace(/\/$/, '');
	return {
		path: parsed.pathname.slice(base.length),
		hash: parsed.hash,
		highlight: parsed.searchParams.getAll('highlight'),
	};
}

test.describe('search', () => {
	// Each test's first search loads the engine and index (up to FIRST_SEARCH_TIMEOUT on a slow machine).
	test.describe.configure({ timeout: 150_000 });

	test('the query table: each query finds its topic first, or in the first three', async ({ page, baseURL }) => {
		// The first query loads the engine; each one after it is a search and three results read back.
		test.setTimeout(FIRST_SEARCH_TIMEOUT + QUERIES.length * 10_000);
		await page.goto('');
		await openSearch(page);
		const rows: string[] = [];
		let first = 0;
		let topThree = 0;
		for (const { query, topic, within } of QUERIES) {
			const links = await search(page, query);
			const hrefs = (await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))).slice(0, 3);
			const titles = (await links.allTextContents()).slice(0, 3);
			const rank =
				hrefs.findIndex((href, index) => target(href, baseURL!).path === topicPath(topic) && isWithinTopic(titles[index] ?? '', topic)) + 1;
			if (rank === 1) first += 1;
			if (rank >= 1 && rank <= 3) topThree += 1;
			rows.push(`${rank === 0 ? '-' : rank}  ${query}  ->  ${topic} (needs ${within === 1 ? 'first' : 'top 3'}); got: ${titles.map((t) => t.split(' ')[0]).join(', ')}`);
			expect.soft(rank, `"${query}" should find ${topic} within the first ${within}; got ${titles.join(' | ')}`).toBeGreaterThan(0);
			expect.soft(rank, `"${query}" should find ${topic} within the first ${within}; got ${titles.join(' | ')}`).toBeLessThanOrEqual(within);
		}
		const summary = `${first} of ${QUERIES.length} queries rank their topic first, ${topThree} in the top three`;
		test.info().annotations.push({ type: 'query table', description: summary });
		console.log(`${summary}\n${rows.join('\n')}`);
	});

	test('results show the topic number and title, the domain, and an excerpt with the match marked; links carry the base path', { tag: '@base-path' }, async ({ page, baseURL }) => {
		await page.goto('');
		await openSearch(page);
		const links = await search(page, '169.254.169.254');
		const result = searchDialog(page).locator('.pagefind-ui__result').first();
		await expect(result.locator('.pagefind-ui__result-link')).toHaveText(/^1\.4 Protect node metadata and endpoints with NetworkPolicy$/);
		await expect(result.locator('.pagefind-ui__result-tag')).toHaveText('Domain: 1. Cluster Setup');
		await expect(result.locator('.pagefind-ui__result-excerpt mark').first()).toHaveText(/169\.254\.169\.254/);
		const href = await links.first().getAttribute('href');
		expect(href?.startsWith(new URL(baseURL!).pathname)).toBe(true);
		expect(target(href!, baseURL!)).toEqual({
			path: '/cluster-setup/',
			hash: '#14-protect-node-metadata-and-endpoints-with-networkpolicy',
			highlight: ['169.254.169.254'],
		});
	});

	test('excerpts show flags with their values as written', async ({ page }) => {
		await page.goto('');
		await openSearch(page);
		await search(page, '--audit-log-path');
		const excerpt = searchDialog(page).locator('.pagefind-ui__result-excerpt').first();
		await expect(excerpt.locator('mark').first()).toHaveText('--audit-log-path=');
		await expect(excerpt).toContainText('--audit-log-path=/var/log/kubernetes/audit/audit.log');
	});

	test('a result opens its topic, opens closed sections, highlights the term in view; the highlight clears', { tag: '@base-path' }, async ({ page, baseURL }) => {
		// Serve the page with every section collapsed, as a reader may have left them: arriving must open them.
		await page.route(/\/cluster-hardening\/(\?[^#]*)?$/, async (route) => {
			const response = await route.fetch();
			const body = (await response.text()).replaceAll('<details class="cks-section__details" open', '<details class="cks-section__details"');
			await route.fulfill({ status: response.status(), contentType: 'text/html; charset=utf-8', body });
		});
		await page.goto('');
		await openSearch(page);
		await search(page, '--ignore-daemonsets');
		await page.keyboard.press('Enter');
		await page.waitForURL(/highlight=/);
		expect(target(page.url(), baseURL!)).toMatchObject({ path: '/cluster-hardening/', hash: '#25-upgrade-a-kubeadm-cluster' });

		const heading = page.locator('[id="25-upgrade-a-kubeadm-cluster"]');
		await expect(heading.locator('xpath=ancestor::details[1]')).toHaveAttribute('open', '');
		const marks = page.locator('mark.cks-search-highlight');
		await expect(marks.first()).toHaveText('--ignore-daemonsets');
		await expect(marks.first()).toBeVisible();
		await expect(marks.first()).toBeInViewport();
		// The match is in a sub-section of the topic ("Step 3"), collapsed too: both were opened.
		expect(await marks.first().evaluate((mark) => mark.closest('.cks-section--h2')?.querySelector('h2')?.id)).toBe('25-upgrade-a-kubeadm-cluster');
		await expect(marks.first().locator('xpath=ancestor::details[1]')).toHaveAttribute('open', '');

		const bar = page.getByRole('status').filter({ hasText: 'highlighted' });
		await expect(bar).toContainText('for “--ignore-daemonsets” highlighted');
		await bar.getByRole('button', { name: 'Clear highlight' }).click();
		await expect(marks).toHaveCount(0);
		await expect(bar).toHaveCount(0);
		expect(target(page.url(), baseURL!)).toMatchObject({ hash: '#25-upgrade-a-kubeadm-cluster', highlight: [] });
		await expect(page.getByText('kubectl drain', { exact: false }).first()).toBeVisible();
	});

	test('keyboard: / and Ctrl+K open search, arrows move through results, Enter opens one, Escape closes', async ({ page, baseURL }) => {
		await page.goto('cluster-setup/');
		await openSearch(page);
		const links = await search(page, 'kube');
		expect(await links.count()).toBeGreaterThan(2);
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(searchInput(page)).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(searchDialog(page)).toBeHidden();

		// Enter right after typing opens the first result for the whole query, not for what was typed so far.
		await openSearch(page);
		await searchInput(page).pressSequentially('kube-bench', { delay: 20 });
		await page.keyboard.press('Enter');
		await page.waitForURL(/highlight=kube-bench/);
		expect(target(page.url(), baseURL!)).toMatchObject({ path: '/cluster-setup/', hash: '#12-install--fix-using-kube-bench' });

		await page.keyboard.press('ControlOrMeta+k');
		await expect(searchInput(page)).toBeFocused();
		const firstHref = await (await search(page, 'automountServiceAccountToken')).first().getAttribute('href');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href === new URL(firstHref!, baseURL!).href);
		expect(target(page.url(), baseURL!).hash).toMatch(/^#23-/);
	});

	// What a first search fetches: `search-bytes.spec.ts`.

	test('focusing the search button is intent enough to load the search UI, and only the UI', async ({ page }) => {
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.goto('');
		await page.waitForLoadState('networkidle');
		expect(fetched.filter((path) => /ui-core|\/pagefind\//.test(path))).toEqual([]);
		const ui = page.waitForRequest(/ui-core/);
		await page.locator('site-search button[data-open-modal]').focus();
		await ui;
		await page.waitForLoadState('networkidle');
		// The index and the search engine wait for the dialog.
		expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
	});

	test('the keyboard shortcut alone is enough intent to load search', async ({ page }) => {
		await page.goto('');
		await page.keyboard.press('ControlOrMeta+k');
		await expect(searchInput(page)).toBeFocused();
		await expect(await search(page, 'runsc')).not.toHaveCount(0);
	});

	test('search opens even if the browser never gets idle time (Starlight sets up its search when idle)', async ({ page }) => {
		await page.addInitScript(() => {
			window.requestIdleCallback = () => 0;
		});
		await page.goto('cluster-hardening/');
		await openSearch(page);
		await expect(await search(page, 'automountServiceAccountToken')).not.toHaveCount(0);
	});

	test('a query with HTML in it is shown as text and runs nothing', { tag: '@base-path' }, async ({ page }) => {
		const payload = '<img src=x onerror=alert(1)>';
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto('');
		await openSearch(page);
		await search(page, payload);
		await expect(message(page)).toHaveText(`No results for ${payload}`);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);

		// The same text arriving as terms to highlight.
		await page.goto(`cluster-setup/?highlight=${encodeURIComponent(payload)}&highlight=kube-bench#12-install--fix-using-kube-bench`);
		await expect(page.locator('mark.cks-search-highlight').first()).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'highlighted' })).toContainText(payload);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(dialogs).toEqual([]);
	});

	test('an empty result says so and points to find in page on the one-page view', async ({ page, baseURL }) => {
		await page.goto('');
		await openSearch(page);
		await expect(await search(page, 'zzyzx')).toHaveCount(0);
		await expect(message(page)).toHaveText('No results for zzyzx');
		const hint = searchDialog(page).locator('.cks-search-empty');
		await expect(hint).toBeVisible();
		await expect(hint).toContainText('find in page');
		const href = await hint.getByRole('link', { name: 'All notes on one page' }).getAttribute('href');
		expect(target(href!, baseURL!)).toMatchObject({ path: '/all-notes/', hash: '#:~:text=zzyzx' });
		await search(page, 'kube-bench');
		await expect(hint).toBeHidden();
		await expect(searchDialog(page).getByRole('status')).toHaveText(/^\d+ results? for kube-bench$/);

		// Pagefind answers an unknown word with results for a shorter known word that starts it.
		const nearOnly = await search(page, 'qqqzzzxx');
		await expect(hint).toBeVisible();
		if ((await nearOnly.count()) > 0) await expect(hint).toContainText('No topic contains “qqqzzzxx”');
	});

	test('the domain filter narrows results to one domain', async ({ page }) => {
		await page.goto('');
		await openSearch(page);
		const links = await search(page, 'kubectl');
		const tags = searchDialog(page).locator('.pagefind-ui__result-tag');
		await expect(tags.filter({ hasNotText: 'Domain: 2. Cluster Hardening' }).first()).toBeVisible();
		await searchDialog(page).getByRole('checkbox', { name: /^2\. Cluster Hardening/ }).check();
		await expect(tags.first()).toHaveText('Domain: 2. Cluster Hardening');
		await expect(tags.filter({ hasNotText: 'Domain: 2. Cluster Hardening' })).toHaveCount(0);
		expect(await links.count()).toBeGreaterThan(0);
	});

	test('excerpts hold no screen-reader-only labels', async ({ page }) => {
		await page.goto('');
		await openSearch(page);
		await search(page, 'kubectl');
		const excerpts = (await searchDialog(page).locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ');
		expect(excerpts.length).toBeGreaterThan(100);
		for (const label of ['Terminal window', 'Copy to clipboard', 'Section titled', 'Expand all', 'Collapse all']) {
			expect(excerpts).not.toContain(label);
		}
		await search(page, 'clipboard');
		expect((await searchDialog(page).locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ')).not.toMatch(/clipboard/i);
		await search(page, 'terminal window');
		expect((await searchDialog(page).locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ')).not.toMatch(/terminal window/i);
	});

	test('no record of the index holds a label: code frame, copy button, section controls, exam badges', async ({ page }) => {
		await page.goto('');
		const contents = await page.evaluate(async () => {
			const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
			const everything = await pagefind.search(null, { filters: {} });
			const records = await Promise.all(everything.results.map((result: { data: () => Promise<{ content: string }> }) => result.data()));
			return records.map((record: { content: string }) => record.content);
		});
		expect(contents.length).toBeGreaterThan(50);
		const labels = /Terminal window|Copy to clipboard|Section titled|Expand all|Collapse all|exam ✓|\(allowed in the exam\)|not in exam/;
		expect(contents.filter((content) => labels.test(content)).map((content) => content.match(labels)?.[0])).toEqual([]);
	});

	test('works on a 360 px phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('system-hardening/');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(searchInput(page)).toBeFocused();
		const links = await search(page, 'apparmor');
		await expect(links.first()).toBeInViewport();
		// The filters (domain, type) start collapsed so that results come first.
		const filterBlocks = searchDialog(page).locator('details.pagefind-ui__filter-block');
		await expect(filterBlocks).toHaveCount(2);
		for (const block of await filterBlocks.all()) await expect(block).not.toHaveAttribute('open', '');
		const overflow = await searchDialog(page).evaluate((dialog) => ({
			page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			dialog: dialog.scrollWidth - dialog.clientWidth,
		}));
		expect(overflow.page, 'the page scrolls sideways').toBeLessThanOrEqual(0);
		expect(overflow.dialog, 'the dialog scrolls sideways').toBeLessThanOrEqual(0);
		await searchDialog(page).getByRole('button', { name: 'Cancel' }).click();
		await expect(searchDialog(page)).toBeHidden();
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`the search dialog with results passes axe in the ${theme} theme`, async ({ page }) => {
			await page.goto('cluster-setup/');
			await chooseTheme(page, theme);
			await openSearch(page);
			await search(page, 'kube-bench');
			const results = await new AxeBuilder({ page }).include('site-search dialog').setLegacyMode().analyze();
			expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		});
	}
});
