import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { label, ONE_PAGE_VIEW, timeoutFor } from './support/pages.ts';
import { domains } from './support/site.ts';

const CHEAT_SHEETS = ['cheat-sheets/exam-day/', ...domains.map((domain) => `cheat-sheets/${domain.slug}/`)];
const DOMAIN_PAGES = domains.map((domain) => `${domain.slug}/`);
const PAPER_SIZES = ['A4', 'Letter'] as const;
const MIN_FONT_PT = 7;
/** Anything larger than body text (10.5 pt in print) at the foot of a page is a stranded heading. */
const LARGEST_BODY_TEXT_PT = 12;
/** Text of the site's frame, which must never reach the paper. */
const CHROME_TEXT = [
	'Skip to content',
	'Exam domains',
	'Cheat sheets',
	'All notes on one page',
	'Ctrl',
	'Select theme',
	'On this page',
	'Expand all',
	'Collapse all',
	'Print these notes',
	'Print the cheat sheet',
	'Copy to clipboard',
];

interface PdfLine {
	text: string;
	/** The largest font size on the line, in points. */
	size: number;
}
interface PdfPage {
	/** The page's text in the order it was drawn, which is reading order within each column. */
	text: string;
	/** Lines from top to bottom (text on one baseline across columns forms one line). */
	lines: PdfLine[];
}

/** Whitespace-insensitive text, so that lines wrapped on paper still match the source. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** An element's text as paper shows it: without its screen-reader-only text (code frame labels, exam badges). */
function printedText(element: Element): string {
	const copy = element.cloneNode(true) as Element;
	for (const hidden of copy.querySelectorAll('.sr-only')) hidden.remove();
	return copy.textContent ?? '';
}

async function printPdf(page: Page, format: (typeof PAPER_SIZES)[number]): Promise<PdfPage[]> {
	const pdf = await page.pdf({ format });
	const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	const document = await loading.promise;
	const pages: PdfPage[] = [];
	for (let number = 1; number <= document.numPages; number += 1) {
		const { items } = await (await document.getPage(number)).getTextContent();
		const lines = new Map<number, PdfLine & { y: number }>();
		let text = '';
		for (const item of items) {
			if (!('str' in item) || !item.str.trim()) continue;
			text += `${item.str} `;
			const [, , skew, scale, , baseline] = item.transform as number[];
			const y = Math.round(baseline ?? 0);
			const line = lines.get(y) ?? { text: '', size: 0, y };
			line.text += item.str;
			line.size = Math.max(line.size, Math.hypot(skew ?? 0, scale ?? 0));
			lines.set(y, line);
		}
		pages.push({ text, lines: [...lines.values()].sort((a, b) => b.y - a.y) });
	}
	await loading.destroy();
	return pages;
}

/** Fails when a page other than the last ends with a line larger than body text: a stranded heading. */
function expectNoPageEndsWithHeading(path: string, pages: PdfPage[]) {
	for (const [index, sheet] of pages.slice(0, -1).entries()) {
		const last = sheet.lines.at(-1);
		expect(last?.size ?? 0, `${path} page ${index + 1} ends with "${last?.text}"`).toBeLessThanOrEqual(
			LARGEST_BODY_TEXT_PT,
		);
	}
}

/** The smallest font size, in points, of any text that shows when the page is printed. */
async function smallestPrintedFontPt(page: Page): Promise<{ size: number; text: string }> {
	await page.emulateMedia({ media: 'print' });
	const smallest = await page.evaluate(() => {
		let size = Number.POSITIVE_INFINITY;
		let text = '';
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement;
			if (!node.textContent?.trim() || !element?.checkVisibility({ visibilityProperty: true })) continue;
			const px = Number.parseFloat(getComputedStyle(element).fontSize);
			if (px < size) [size, text] = [px, node.textContent.trim().slice(0, 60)];
		}
		return { size: (size * 72) / 96, text };
	});
	await page.emulateMedia({ media: null });
	return smallest;
}

test.describe('cheat sheets', () => {
	for (const path of CHEAT_SHEETS) {
		test(`${path} prints on exactly one page of A4 and of US Letter, commands included`, async ({ page }) => {
			await page.goto(path);
			const headings = await page.locator('.cks-cheat-topic h2').allInnerTexts();
			// The first line of every command block: a sample from every topic on the sheet.
			const commands = await page
				.locator('.cks-cheat-topic pre[data-language="sh"]')
				.evaluateAll((blocks) => blocks.map((block) => block.querySelector('.ec-line')?.textContent ?? ''));
			expect(headings.length, 'topics on the sheet').toBeGreaterThanOrEqual(5);
			expect(commands.length, 'command blocks on the sheet').toBeGreaterThanOrEqual(4);
			for (const format of PAPER_SIZES) {
				const pages = await printPdf(page, format);
				expect(pages, `${path} on ${format}`).toHaveLength(1);
				const printed = squash(pages[0]?.text ?? '');
				for (const text of [...headings, ...commands]) {
					expect(printed, `${format} shows "${text}"`).toContain(squash(text));
				}
				for (const text of CHROME_TEXT) expect(printed, `${format} has no "${text}"`).not.toContain(squash(text));
			}
		});
	}

	test('every topic heading links to its topic in the notes', async ({ page }) => {
		for (const path of CHEAT_SHEETS) {
			await page.goto(path);
			const links = await page.locator('.cks-cheat-topic h2 a').evaluateAll((anchors) =>
				anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href') ?? ''),
			);
			expect(links.length, path).toBeGreaterThanOrEqual(path.endsWith('exam-day/') ? 8 : 5);
			for (const href of links) expect(href, `${path} heading link`).toMatch(/^\/[a-z-]+\/#[\w-]+$/);
		}
		// Follow one: it lands on the heading of the topic.
		await page.goto('cheat-sheets/cluster-setup/');
		await page.locator('.cks-cheat-topic h2 a').first().click();
		await expect(page).toHaveURL(/\/cluster-setup\/#11-network-security-policies$/);
		await expect(page.locator('[id="11-network-security-policies"]')).toBeInViewport();
	});

	test('the sidebar lists the sheets after the domains, and each domain page links to its sheet', {
		tag: '@base-path',
	}, async ({ page }) => {
		// Two page loads for each domain (its page, then its sheet): one core of a slow machine took over 60 s.
		test.setTimeout(30_000 + domains.reduce((sum, domain) => sum + 2 * timeoutFor(`${domain.slug}/`, 15_000), 0));
		await page.goto('');
		const sidebar = page.getByRole('navigation', { name: 'Main' });
		const groups = await sidebar.locator('.top-level > li > details .group-label').allInnerTexts();
		expect(groups.indexOf('Cheat sheets'), `sidebar groups: ${groups.join(', ')}`).toBe(groups.indexOf('Exam domains') + 1);
		const sheetLinks = sidebar.locator('details', { hasText: 'Cheat sheets' }).getByRole('link');
		await expect(sheetLinks).toHaveText(['Exam day', ...domains.map((domain) => domain.title)]);
		for (const domain of domains) {
			await page.goto(`${domain.slug}/`);
			await page.getByRole('link', { name: 'Print the cheat sheet' }).click();
			await expect(page.locator('h1')).toHaveText(`Cheat sheet: ${domain.number}. ${domain.title}`);
		}
	});

	test('on screen the sheet has columns on a wide screen and one column on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto('cheat-sheets/supply-chain-security/');
		const columnsAt = () =>
			page.locator('.cks-cheat-topic').evaluateAll((topics) => new Set(topics.map((topic) => topic.getBoundingClientRect().left)).size);
		expect(await columnsAt()).toBeGreaterThanOrEqual(3);
		await page.setViewportSize({ width: 360, height: 740 });
		expect(await columnsAt()).toBe(1);
	});
});

test.describe('printing the notes', () => {
	for (const path of DOMAIN_PAGES) {
		test(`${path} prints every section, collapsed ones too, external addresses, no site chrome, no stranded heading`, async ({
			page,
		}) => {
			// Chromium prints closed sections open through CSS (::details-content): keep the script
			// fallback for other browsers out of it.
			await page.addInitScript(() =>
				addEventListener('beforeprint', (event) => event.stopImmediatePropagation(), { capture: true }),
			);
			await page.goto(path);
			await page.getByRole('button', { name: 'Collapse all' }).click();
			// Text from the first and the last section, now out of sight on screen.
			const sections = page.locator('.sl-markdown-content details.cks-section__details');
			const hiddenSamples: string[] = [];
			for (const section of [sections.first(), sections.last()]) {
				const body = section.locator(':scope > :not(summary, .cks-section)').filter({ hasText: /\S/ }).first();
				await expect(body).toBeHidden();
				hiddenSamples.push((await body.evaluate(printedText)).trim().slice(0, 80));
			}
			const externalLinks = await page
				.locator('.sl-markdown-content a[href^="http"]')
				.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
			const pages = await printPdf(page, 'A4');
			test.info().annotations.push({ type: 'A4 pages', description: `${path}: ${pages.length}` });
			const printed = squash(pages.map((sheet) => sheet.text).join(''));
			for (const text of hiddenSamples) expect(printed, `the PDF shows "${text}"`).toContain(squash(text));
			for (const href of externalLinks) expect(printed, `the PDF shows the address ${href}`).toContain(squash(href));
			for (const text of CHROME_TEXT) expect(printed, `the PDF has no "${text}"`).not.toContain(squash(text));
			expectNoPageEndsWithHeading(path, pages);
			await expect(sections.first()).not.toHaveAttribute('open');
		});
	}

	test('the all-notes page prints every domain in full, no heading stranded', async ({ page }) => {
		// Nearly a hundred pages of PDF to render and read back.
		test.setTimeout(timeoutFor(ONE_PAGE_VIEW, 120_000));
		await page.goto(ONE_PAGE_VIEW);
		await page.getByRole('button', { name: 'Collapse all' }).click();
		// The text that opens the last section of each domain.
		const lastSections: string[] = [];
		for (const domain of await page.locator('.cks-section--domain').all()) {
			const last = domain.locator('details.cks-section__details details.cks-section__details').last();
			const body = last.locator(':scope > :not(summary)').filter({ hasText: /\S/ }).first();
			lastSections.push((await body.evaluate(printedText)).trim().slice(0, 80));
		}
		expect(lastSections).toHaveLength(domains.length);
		const pages = await printPdf(page, 'A4');
		expectNoPageEndsWithHeading('all-notes/', pages);
		const printed = squash(pages.map((sheet) => sheet.text).join(''));
		for (const domain of domains) expect(printed).toContain(squash(`${domain.number}. ${domain.title}`));
		for (const text of lastSections) expect(printed, `the PDF shows "${text}"`).toContain(squash(text));
	});

	for (const path of [...DOMAIN_PAGES, ...CHEAT_SHEETS]) {
		test(`${path}: code wraps on paper instead of running off the edge`, async ({ page }) => {
			// The printable width of A4 with 10 mm margins.
			await page.setViewportSize({ width: 718, height: 1000 });
			await page.goto(path);
			await page.emulateMedia({ media: 'print' });
			const cut = await page.locator('.sl-markdown-content pre').evaluateAll((blocks) =>
				blocks.filter((block) => block.scrollWidth > block.clientWidth + 1).map((block) => block.textContent?.slice(0, 60)),
			);
			expect(cut, 'code cut at the right edge').toEqual([]);
		});
	}

	for (const path of [...CHEAT_SHEETS, ...DOMAIN_PAGES, ONE_PAGE_VIEW, '']) {
		test(`${label(path)}: no printed text is smaller than ${MIN_FONT_PT} pt`, async ({ page }) => {
			test.setTimeout(timeoutFor(path));
			await page.goto(path);
			const smallest = await smallestPrintedFontPt(page);
			expect(smallest.size, `"${smallest.text}"`).toBeGreaterThanOrEqual(MIN_FONT_PT);
		});
	}

	test('the dark theme prints in light colours', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
		for (const path of ['cheat-sheets/cluster-setup/', 'cluster-setup/']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
			const colours = () =>
				page.evaluate(() => {
					// Relative luminance of a computed rgb() colour, 0 (black) to 1 (white).
					const luminance = (colour: string) => {
						const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
							const channel = value / 255;
							return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
						});
						return 0.2126 * r + 0.7152 * g + 0.0722 * b;
					};
					const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
					return {
						page: luminance(style('body').backgroundColor),
						text: luminance(style('.sl-markdown-content p, .sl-markdown-content li').color),
						code: luminance(style('.expressive-code .ec-line span[style]').color),
						codeBackground: luminance(style('.expressive-code pre').backgroundColor),
					};
				});
			const screen = await colours();
			expect(screen.page, `${path} is dark on screen`).toBeLessThan(0.1);
			await page.emulateMedia({ media: 'print' });
			const paper = await colours();
			expect(paper.page, `${path} paper`).toBeGreaterThan(0.9);
			expect(paper.codeBackground, `${path} code background`).toBeGreaterThan(0.8);
			expect(paper.text, `${path} text`).toBeLessThan(0.15);
			expect(paper.code, `${path} code`).toBeLessThan(0.25);
			await page.emulateMedia({ media: null });
		}
	});

	test('the beforeprint fallback opens closed sections and afterprint closes them again', async ({ page }) => {
		await page.goto('cluster-setup/');
		await page.getByRole('button', { name: 'Collapse all' }).click();
		const sections = page.locator('details.cks-section__details');
		const openCount = () => sections.evaluateAll((all) => all.filter((details) => (details as HTMLDetailsElement).open).length);
		expect(await openCount()).toBe(0);
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await openCount()).toBe(await sections.count());
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		expect(await openCount()).toBe(0);
	});
});

test.describe('print button', () => {
	for (const [path, name] of [
		['cheat-sheets/system-hardening/', 'Print this sheet'],
		['system-hardening/', 'Print these notes'],
	] as const) {
		test(`on ${path}: a keyboard-usable button that opens the print dialog, hidden on paper`, async ({ page }) => {
			await page.addInitScript(() => {
				const calls = { count: 0 };
				Object.assign(window, { printCalls: calls });
				window.print = () => {
					calls.count += 1;
				};
			});
			await page.goto(path);
			const button = page.getByRole('button', { name });
			await expect(button).toBeVisible();
			await button.focus();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Space');
			await button.click();
			expect(await page.evaluate(() => (window as unknown as { printCalls: { count: number } }).printCalls.count)).toBe(3);
			await page.emulateMedia({ media: 'print' });
			await expect(button).toBeHidden();
		});
	}

	test('without JavaScript the button is not shown', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('cheat-sheets/system-hardening/');
		await expect(page.locator('.cks-cheat-topic').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Print this sheet' })).toHaveCount(0);
		await context.close();
	});
});
