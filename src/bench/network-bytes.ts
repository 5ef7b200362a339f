import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { chromiumArgs, executablePath } from '../../e2e/playwright.config.ts';
import { loadBeforeSearch, searchAfterIntent } from '../../e2e/support/first-search.ts';

/**
 * Bytes as e2e/search.spec.ts counts them: each finished request's response body as received
 * (compressed) plus its HTTP/1.1 response headers, which are reported apart because HTTP/2 and
 * HTTP/3 hosts compress them away.
 */
export interface Bytes {
	total: number;
	headers: number;
	/** Body and header bytes per file, by path. */
	files: { path: string; total: number }[];
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
}

/** Records the requests that finish after `start()`; `sum()` adds them up. */
function recordRequests(page: Page) {
	let counting = false;
	const finished: Promise<{ path: string; total: number; headers: number }>[] = [];
	const measure = async (request: Request) => {
		const sizes = await request.sizes();
		return { path: new URL(request.url()).pathname, total: sizes.responseBodySize + sizes.responseHeadersSize, headers: sizes.responseHeadersSize };
	};
	page.on('requestfinished', (request) => {
		if (counting) finished.push(measure(request));
	});
	return {
		start: () => {
			counting = true;
		},
		sum: async (): Promise<Bytes> => {
			const all = await Promise.all(finished);
			return {
				total: all.reduce((sum, file) => sum + file.total, 0),
				headers: all.reduce((sum, file) => sum + file.headers, 0),
				files: all.map(({ path, total }) => ({ path, total })),
			};
		},
	};
}

/** Everything a first visit of `path` downloads (a new browser context: nothing cached). */
export async function firstVisitBytes(browser: Browser, siteUrl: string, path: string): Promise<Bytes> {
	const context = await browser.newContext({ baseURL: siteUrl });
	try {
		const page = await context.newPage();
		const requests = recordRequests(page);
		requests.start();
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		return await requests.sum();
	} finally {
		await context.close();
	}
}

/**
 * What a first search fetches, as e2e/search-bytes.spec.ts measures it: on a loaded domain page,
 * from the reader's intent to the results being shown (e2e/support/first-search.ts).
 */
export async function firstSearchBytes(browser: Browser, siteUrl: string, query: string): Promise<Bytes> {
	const context = await browser.newContext({ baseURL: siteUrl });
	try {
		const page = await context.newPage();
		const requests = recordRequests(page);
		await loadBeforeSearch(page);
		requests.start();
		await searchAfterIntent(page, query);
		return await requests.sum();
	} finally {
		await context.close();
	}
}
