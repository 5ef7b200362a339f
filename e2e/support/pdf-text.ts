import type { Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of the page as the browser prints it (print media, beforeprint and afterprint), whitespace squashed. */
export async function printedPdfText(page: Page): Promise<string> {
	const pdf = await page.pdf({ format: 'A4' });
	const loading = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	const document = await loading.promise;
	let text = '';
	for (let number = 1; number <= document.numPages; number += 1) {
		const { items } = await (await document.getPage(number)).getTextContent();
		for (const item of items) if ('str' in item) text += item.str;
	}
	await loading.destroy();
	return squash(text);
}

/** Whitespace-insensitive text, so that lines wrapped on paper still match the source. */
export const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
