import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { contentDir, readPage } from '../src/checks/content.ts';

/**
 * Code blocks: the copy button copies the block's code exactly as written in the notes. The
 * button reads the code from the block (src/plugins/lighter-code-blocks.ts), so blank lines,
 * indentation and Expressive Code's removal of comment lines from terminal blocks are checked
 * against the Markdown source.
 */

/** The code of the first fenced block in `file` that contains `marker`, as written (parsed as the site parses it). */
function fencedCode(file: string, marker: string): string {
	const block = readPage(file, readFileSync(join(contentDir, file), 'utf8')).codeBlocks.find(({ value }) => value.includes(marker));
	if (!block) throw new Error(`content/docs/${file}: no code block contains ${marker}`);
	return block.value;
}

async function copyBlock(page: Page, marker: string): Promise<string> {
	const block = page.locator('.expressive-code figure').filter({ hasText: marker }).first();
	await block.hover();
	await block.getByRole('button', { name: 'Copy to clipboard' }).click();
	await expect(block.getByText('Copied!')).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copy buttons', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy a block with blank lines and indentation exactly as written', async ({ page }) => {
		await page.goto('system-hardening/');
		const marker = 'profile k8s-apparmor-example-deny-write';
		expect(await copyBlock(page, marker)).toBe(fencedCode('system-hardening.mdx', marker));
	});

	test('copy a terminal block without its comment lines', async ({ page }) => {
		await page.goto('cluster-setup/');
		const marker = 'kubectl -n prod describe networkpolicy backend-policy';
		const written = fencedCode('cluster-setup.mdx', marker);
		expect(written).toMatch(/^# /m);
		const expected = written
			.split('\n')
			.filter((line) => !/^\s*#/.test(line))
			.join('\n')
			.trim();
		expect(await copyBlock(page, marker)).toBe(expected);
	});

	test('copy a YAML manifest with the keyboard', async ({ page }) => {
		await page.goto('cluster-setup/');
		const marker = 'kind: NetworkPolicy';
		const block = page.locator('.expressive-code figure').filter({ hasText: marker }).first();
		const button = block.getByRole('button', { name: 'Copy to clipboard' });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(block.getByText('Copied!')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fencedCode('cluster-setup.mdx', marker));
	});
});
