import { gzipSync } from 'node:zlib';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadFully, viewports } from './support/audit.ts';
import { auditedPages, builtFile, label, ONE_PAGE_VIEW, timeoutFor } from './support/pages.ts';
import { domains } from './support/site.ts';
import { TRICKLE_HEADER, TRICKLE_PAUSE_MS, trickleCuts } from './support/trickle.ts';

/**
 * Performance budgets of a first visit, measured from the browser's network events on the
 * production build served with gzip, for every page.
 */
const BUDGET = {
	/** Compressed bytes of everything a first visit downloads (HTML, CSS, JS, images, fonts). */
	totalBytes: 50 * 1024,
	/** Compressed bytes of JavaScript that runs before the reader does anything. */
	scriptBytes: 10 * 1024,
	/**
	 * Cumulative Layout Shift 0, at the three decimals Lighthouse reports it with. The shifts this
	 * gate has caught were 0.008 (a control revealed by script) and 0.4 (the table of contents
	 * painted before the main column); what may remain are sub-pixel moves of invisible boxes when
	 * a busy machine paints a page before it has finished parsing it.
	 */
	layoutShift: 0.0005,
};

/** Layout shifts over the budget, listed with the elements that moved. */
function shiftProblem(where: string, shifts: { value: number; sources: string[] }[]): string[] {
	const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
	return total < BUDGET.layoutShift ? [] : [`${where}: layout shift ${total.toFixed(4)} ${JSON.stringify(shifts)}`];
}

interface Transfer {
	url: string;
	type: string;
	/** Compressed body bytes, as received. */
	bodyBytes: number;
	/** Response header bytes: reported apart, since HTTP/2 and HTTP/3 compress them away. */
	headerBytes: number;
}

/** Turns the browser cache off, so that every load is a first visit (scripts arrive late). */
async function firstVisits(page: Page): Promise<CDPSession> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	return cdp;
}

/**
 * Starts each visit from outside the site, as a reader arriving from a search engine does. Between
 * two pages of one site the browser keeps showing the old page until the new one is nearly ready
 * ("paint holding"), which would hide shifts that a first visit shows.
 */
async function arriveFromElsewhere(page: Page): Promise<void> {
	await page.goto('about:blank');
}

/** Records what the page downloads on a first visit. */
async function recordTransfers(page: Page): Promise<Map<string, Transfer>> {
	const cdp = await firstVisits(page);
	const transfers = new Map<string, Transfer>();
	cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
		if (response.url.startsWith('data:')) return;
		transfers.set(requestId, { url: response.url, type, bodyBytes: 0, headerBytes: response.encodedDataLength });
	});
	cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
		const transfer = transfers.get(requestId);
		if (transfer) transfer.bodyBytes = encodedDataLength - transfer.headerBytes;
	});
	return transfers;
}

/**
 * Records layout shifts from the first paint on. All of them: the metric leaves out shifts within
 * 500 ms of user input, but Chromium counts the navigation the test starts as input, which would
 * hide exactly the load-time shifts measured here (the test does nothing else before measuring).
 */
async function observeLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: { value: number; sources: string[] }[] = [];
		(window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
				const sources = (entry.sources ?? []).map((source) => {
					const node = source.node;
					return node instanceof Element ? `${node.localName}.${[...node.classList].join('.')}` : String(node?.nodeName);
				});
				shifts.push({ value: entry.value, sources });
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

async function layoutShifts(page: Page): Promise<{ value: number; sources: string[] }[]> {
	// Let late work (idle callbacks, images decoded) happen and paint before reading.
	await page.evaluate(
		() => new Promise<void>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))),
	);
	return page.evaluate(() => (window as unknown as { layoutShifts: { value: number; sources: string[] }[] }).layoutShifts);
}

/** Compressed size of the page's inline scripts, which travel inside the HTML. */
async function inlineScriptBytes(page: Page): Promise<number> {
	const code = await page.$$eval('script:not([src])', (scripts) =>
		(scripts as HTMLScriptElement[])
			.filter((script) => !script.type || script.type === 'module' || script.type === 'text/javascript')
			.map((script) => script.textContent ?? ''),
	);
	return code.length ? gzipSync(code.join('\n')).byteLength : 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const gzippedPage = (path: string) => gzipSync(readFileSync(builtFile(path))).byteLength;

/**
 * Pages that gather what other pages show may weigh, on top of one page's budget, what they gather
 * weighs there (HTML compressed as the server sends it), and no more: the one-page view holds every
 * domain page's notes; a mock exam's solutions page holds tasks of the practice pages of their domains.
 */
function totalBudget(path: string): number {
	if (path === ONE_PAGE_VIEW) return BUDGET.totalBytes + domains.reduce((sum, domain) => sum + gzippedPage(`${domain.slug}/`), 0);
	if (/^practice\/mock-exam-[a-z]\/solutions\/$/.test(path)) {
		const ids = [...readFileSync(builtFile(path), 'utf8').matchAll(/data-task-id="([1-6])\./g)].map(([, number]) => Number(number));
		const gathered = domains.filter((_, index) => ids.includes(index + 1));
		return BUDGET.totalBytes + gathered.reduce((sum, domain) => sum + gzippedPage(`practice/${domain.slug}/`), 0);
	}
	return BUDGET.totalBytes;
}

test.describe('performance budgets of a first visit', () => {
	test.use({ viewport: viewports.desktop });

	for (const path of auditedPages) {
		test(`${label(path)} stays within ${BUDGET.totalBytes / 1024} KB transferred and ${BUDGET.scriptBytes / 1024} KB of JavaScript, without layout shift or blocking requests`, async ({
			page,
			baseURL,
		}) => {
			test.setTimeout(timeoutFor(path));
			const transfers = await recordTransfers(page);
			await observeLayoutShifts(page);
			const origin = new URL(baseURL!).origin;
			await arriveFromElsewhere(page);
			transfers.clear();
			await loadFully(page, path);
			const all = [...transfers.values()];
			const scripts = all.filter((transfer) => transfer.type === 'Script');
			const total = all.reduce((sum, transfer) => sum + transfer.bodyBytes, 0);
			const html = all.find((transfer) => transfer.type === 'Document')?.bodyBytes ?? 0;
			const scriptBytes = scripts.reduce((sum, transfer) => sum + transfer.bodyBytes, 0) + (await inlineScriptBytes(page));
			const headers = all.reduce((sum, transfer) => sum + transfer.headerBytes, 0);
			const largest = all
				.toSorted((a, b) => b.bodyBytes - a.bodyBytes)
				.slice(0, 4)
				.map((transfer) => `${transfer.url.replace(origin, '')} ${kb(transfer.bodyBytes)}`);
			const report = `${label(path)}: total ${kb(total)}  HTML ${kb(html)}  JS ${kb(scriptBytes)}  requests ${all.length}  (+ ${kb(headers)} headers)`;
			console.log(`First visit (gzip) ${report}`);
			test.info().annotations.push({ type: 'first visit', description: report });

			const problems = shiftProblem(label(path), await layoutShifts(page));
			const blocking = await page.evaluate(() =>
				// `renderBlockingStatus` (Chromium) is not in TypeScript's DOM types yet.
				(performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[])
					.filter((entry) => entry.renderBlockingStatus === 'blocking')
					.map((entry) => ({ url: entry.name, initiator: entry.initiatorType })),
			);
			for (const { url, initiator } of blocking) {
				const ownStylesheet = initiator === 'link' && new URL(url).origin === origin && new URL(url).pathname.endsWith('.css');
				if (!ownStylesheet) problems.push(`render-blocking request ${url} (${initiator})`);
			}
			const budget = totalBudget(path);
			if (total > budget) problems.push(`${kb(total)} transferred, over ${kb(budget)} (largest: ${largest.join(', ')})`);
			if (scriptBytes > BUDGET.scriptBytes) {
				problems.push(
					`${kb(scriptBytes)} of JavaScript before any interaction, over ${kb(BUDGET.scriptBytes)} (inline and ${scripts.map((transfer) => `${transfer.url.replace(origin, '')} ${kb(transfer.bodyBytes)}`).join(', ')})`,
				);
			}
			expect(problems).toEqual([]);
		});
	}
});

/** Loads a page as a first visit from elsewhere and expects nothing painted to move. */
async function expectNoShiftWhileLoading(page: Page, path: string): Promise<void> {
	await firstVisits(page);
	await observeLayoutShifts(page);
	await arriveFromElsewhere(page);
	await loadFully(page, path);
	expect(shiftProblem(label(path), await layoutShifts(page))).toEqual([]);
}

test.describe('on a 360 px phone', () => {
	test.use({ viewport: viewports.phone, isMobile: true, hasTouch: true });

	for (const path of auditedPages) {
		test(`${label(path)} does not shift its layout while loading`, async ({ page }) => {
			test.setTimeout(timeoutFor(path));
			await expectNoShiftWhileLoading(page, path);
		});
	}
});

/**
 * Pages whose first screen still moves while it arrives, on some runs: open defect, kept visible
 * here until fixed. Home: an exam badge ("not in exam") moves as its line fills; competencies: a
 * text node of the intro (CLS 0.0149, same box before and after).
 */
const SHIFTS_WHILE_ARRIVING = new Set(['', 'competencies/']);

test.describe('on a 360 px phone over a slow connection', () => {
	test.use({ viewport: viewports.phone, isMobile: true, hasTouch: true });

	for (const path of auditedPages) {
		test(`${label(path)} does not shift its first screen while its HTML arrives piece by piece`, async ({ page }) => {
			test.fixme(SHIFTS_WHILE_ARRIVING.has(path), 'its first screen still moves on some runs');
			const cuts = trickleCuts(readFileSync(builtFile(path), 'utf8')).length;
			test.setTimeout(timeoutFor(path) + cuts * TRICKLE_PAUSE_MS);
			await page.setExtraHTTPHeaders({ [TRICKLE_HEADER]: '1' });
			await expectNoShiftWhileLoading(page, path);
		});
	}
});
