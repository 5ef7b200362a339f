import { expect, test, type Page, type Request } from '@playwright/test';
import { loadBeforeSearch, searchAfterIntent } from './support/first-search.ts';
import { pagefindFloor } from './support/pagefind-floor.ts';

/**
 * What a first search costs a reader: nothing of search before intent, then Pagefind's own floor for
 * the query (engine, WebAssembly, metadata, the index chunks the query's words fall in) plus at most
 * 30 KB for the UI, its styles, result fragments and response headers.
 *
 * The query is set in the input at once, as a paste does, so that the same build always fetches the
 * same files (e2e/support/first-search.ts).
 */
const UI_ALLOWANCE = 30_000;

/**
 * Each word of a query needs the index chunk that holds it (Pagefind cuts its index into chunks
 * of about 32 KB, compressed, by word order), so a query whose words fall in several chunks costs
 * more, and which chunks a query's words share moves as the site grows. The absolute limits are the
 * ones the site has always been held to, by chunk count: 150 KB for a query in one chunk, 185 KB in
 * two, and 35 KB more for each further chunk. The floor-based limit is the tighter one.
 */
const ONE_CHUNK_LIMIT = 150_000;
const PER_FURTHER_CHUNK = 35_000;
const limitFor = (chunks: number) => ONE_CHUNK_LIMIT + PER_FURTHER_CHUNK * Math.max(0, chunks - 1);

const QUERIES = ['seccomp', '169.254.169.254', 'automountServiceAccountToken', 'cosign verify', 'trivy image', 'kubeadm upgrade apply'];

interface Fetched {
	url: string;
	type: string;
	/** Body and headers, as received. */
	bytes: number;
	/** HTTP/1.1 headers, as the test server sends them; HTTP/2 and HTTP/3 hosts compress repeated ones away. */
	headerBytes: number;
	phase: 'page load' | 'first search';
}

/**
 * Loads a domain page and lets it settle, shows intent (hover), then searches for `query`:
 * returns what was fetched before intent and during the first search.
 */
async function measureFirstSearch(page: Page, query: string): Promise<{ beforeIntent: Fetched[]; firstSearch: Fetched[] }> {
	const finished: Promise<Fetched>[] = [];
	let phase: Fetched['phase'] = 'page load';
	const record = (request: Request, at: Fetched['phase']) =>
		request.sizes().then((sizes) => ({
			url: request.url(),
			type: request.resourceType(),
			bytes: sizes.responseBodySize + sizes.responseHeadersSize,
			headerBytes: sizes.responseHeadersSize,
			phase: at,
		}));
	page.on('requestfinished', (request) => finished.push(record(request, phase)));

	await loadBeforeSearch(page);
	phase = 'first search';
	await searchAfterIntent(page, query);
	await expect(page.getByRole('dialog', { name: 'Search' }).locator('.pagefind-ui__result-link').first()).toBeVisible();
	const all = await Promise.all(finished);
	return { beforeIntent: all.filter((entry) => entry.phase === 'page load'), firstSearch: all.filter((entry) => entry.phase === 'first search') };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const sum = (entries: { bytes: number }[]) => entries.reduce((total, { bytes }) => total + bytes, 0);
const headerSum = (entries: { headerBytes: number }[]) => entries.reduce((total, { headerBytes }) => total + headerBytes, 0);

test('nothing of search loads before intent, and a first search fetches only from the site', { tag: '@base-path' }, async ({ page, baseURL }) => {
	const { beforeIntent, firstSearch } = await measureFirstSearch(page, 'seccomp');
	expect(beforeIntent.filter(({ url }) => /\/pagefind\/|ui-core|pagefind-ui|search-ui|search-results/.test(url)).map(({ url }) => url)).toEqual([]);
	const origin = new URL(baseURL!).origin;
	expect([...beforeIntent, ...firstSearch].filter(({ url }) => new URL(url).origin !== origin).map(({ url }) => url)).toEqual([]);
	expect(firstSearch.some(({ url }) => url.endsWith('.pf_index'))).toBe(true);

	const scripts = beforeIntent.filter(({ type }) => type === 'script');
	const searchScripts = scripts.filter(({ url }) => /search|preload-helper/i.test(new URL(url).pathname));
	const figure = `JavaScript loaded before any search: ${kb(sum(scripts))} in ${scripts.length} files, of which search ${kb(sum(searchScripts))} in ${searchScripts.length} (all requests: ${kb(sum(beforeIntent))})`;
	test.info().annotations.push({ type: 'search bytes', description: figure });
	console.log(figure);
});

for (const query of QUERIES) {
	test(`a first search for "${query}" fetches Pagefind's floor for it plus at most ${UI_ALLOWANCE / 1000} KB, and at most ${ONE_CHUNK_LIMIT / 1000} KB plus ${PER_FURTHER_CHUNK / 1000} KB per further index chunk`, async ({ page }) => {
		const { firstSearch } = await measureFirstSearch(page, query);
		const floor = pagefindFloor(firstSearch.map(({ url }) => url));
		const total = sum(firstSearch);
		const chunks = floor.files.filter((file) => file.endsWith('.pf_index')).length;
		const figures = [
			`First search ("${query}", set at once): ${kb(total)} in ${firstSearch.length} requests; Pagefind's floor ${kb(floor.bytes)} (${chunks} index chunk(s)); beyond it ${kb(total - floor.bytes)}, of which ${kb(headerSum(firstSearch))} headers`,
			...firstSearch.map(({ url, bytes }) => `  ${kb(bytes).padStart(9)}  ${new URL(url).pathname}`),
		];
		test.info().annotations.push({ type: 'search bytes', description: figures[0]! });
		console.log(figures.join('\n'));
		expect(floor.files.some((file) => file.endsWith('.pf_index')), 'the floor holds an index chunk').toBe(true);
		expect(total - floor.bytes, 'bytes beyond Pagefind\'s floor: UI, styles, fragments, headers').toBeLessThanOrEqual(UI_ALLOWANCE);
		expect(total, `at most ${limitFor(chunks) / 1000} KB for ${chunks} index chunk(s)`).toBeLessThanOrEqual(limitFor(chunks));
	});
}
