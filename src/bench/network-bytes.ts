import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { chromiumArgs, executablePath } from '../../e2e/playwright.config.ts';

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
 * What a first search fetches, as e2e/search.spec.ts measures it: on a loaded domain page, from the
 * reader's intent (hovering the search button) to the results being shown. The query is set at
 * once with `fill`, so that no intermediate query runs and the figure does not depend on timing.
 */
export async function firstSearchBytes(browser: Browser, siteUrl: string, query: string): Promise<Bytes> {
	const context = await browser.newContext({ baseURL: siteUrl });
	try {
		const page = await context.newPage();
		const requests = recordRequests(page);
		await page.goto('cluster-setup/');
		await page.waitForLoadState('networkidle');
		// Starlight sets up its search when the browser is idle: let that happen first.
		await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 200))));
		await page.waitForLoadState('networkidle');

		requests.start();
		const intent = page.waitForRequest(/ui-core/);
		await page.locator('site-search button[data-open-modal]').hover();
		await intent;
		await page.keyboard.press('/');
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.locator('.pagefind-ui__search-input').fill(query);
		const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		await dialog
			.locator('.pagefind-ui__message')
			.filter({ hasText: new RegExp(`^(No results|\\d+ results?) for ${escaped}$`) })
			.waitFor();
		await dialog.locator('.pagefind-ui__result .pagefind-ui__loading').first().waitFor({ state: 'detached' });
		await page.waitForLoadState('networkidle');
		return await requests.sum();
	} finally {
		await context.close();
	}
}
