import { expect, test, type Page } from '@playwright/test';
import { ONE_PAGE_VIEW, timeoutFor } from './support/pages.ts';
import { domains } from './support/site.ts';

const sections = (page: Page) => page.locator('.sl-markdown-content details.cks-section__details');

async function expectAllOpen(page: Page, open: boolean) {
	const states = await sections(page).evaluateAll((elements) => elements.map((details) => (details as HTMLDetailsElement).open));
	expect(states.length).toBeGreaterThan(3);
	expect(new Set(states)).toEqual(new Set([open]));
}

test.describe('collapsible topic sections', () => {
	for (const domain of domains) {
		test(`${domain.slug}/ shows each numbered topic as a section, open by default`, async ({ page }) => {
			await page.goto(`${domain.slug}/`);
			const topics = page.locator('summary.cks-section__summary > h2');
			await expect(topics.first()).toHaveText(new RegExp(`^${domain.number}\\.1 `));
			for (const title of await topics.allTextContents()) {
				expect(title, 'a topic heading').toMatch(new RegExp(`^(${domain.number}\\.\\d+ |Topics no longer)`));
			}
			await expectAllOpen(page, true);
		});
	}

	test('collapse all and expand all change every section and announce it', async ({ page }) => {
		await page.goto('system-hardening/');
		await page.getByRole('button', { name: 'Collapse all' }).click();
		await expectAllOpen(page, false);
		await expect(page.getByRole('status')).toHaveText('All sections collapsed');
		await expect(page.getByText('Enforce Mode', { exact: false }).first()).toBeHidden();
		await page.getByRole('button', { name: 'Expand all' }).click();
		await expectAllOpen(page, true);
		await expect(page.getByRole('status')).toHaveText('All sections expanded');
	});

	test('a section opens and closes from the keyboard and exposes its state', async ({ page }) => {
		await page.goto('cluster-setup/');
		const summary = page.locator('summary:has([id="13-ingress-tls-termination"])');
		const details = page.locator('details:has(> summary [id="13-ingress-tls-termination"])');
		await summary.focus();
		await expect(summary).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(details).not.toHaveAttribute('open');
		await page.keyboard.press('Space');
		await expect(details).toHaveAttribute('open');
	});

	test('the table of contents opens a closed section and scrolls to its heading', async ({ page }) => {
		await page.goto('system-hardening/');
		await page.getByRole('button', { name: 'Collapse all' }).click();
		await page.locator('starlight-toc').getByRole('link', { name: '3.4.1 Seccomp profiles' }).click();
		const heading = page.locator('[id="341-seccomp-profiles"]');
		await expect(heading).toBeInViewport();
		await expect(page.locator('details:has(> summary [id="341-seccomp-profiles"])')).toHaveAttribute('open');
		await expect(page.locator('details:has(> summary [id="34-appropriately-use-kernel-hardening-tools-such-as-apparmor-seccomp"])')).toHaveAttribute('open');
		await expect(page.getByText('SCMP_ACT_ERRNO').first()).toBeVisible();
	});

	test('a URL whose anchor is inside a closed section opens it', async ({ page }) => {
		await page.goto('system-hardening/');
		await page.getByRole('button', { name: 'Collapse all' }).click();
		await page.evaluate(() => {
			location.hash = '#ssh-hardening';
		});
		await expect(page.locator('#ssh-hardening')).toBeInViewport();
		await expect(page.locator('details:has(#ssh-hardening)').first()).toHaveAttribute('open');
	});

	test('the cross-reference "Refer 3.4.1" lands on the seccomp topic', async ({ page }) => {
		await page.goto('minimize-microservice-vulnerabilities/');
		await page.getByRole('link', { name: 'Refer 3.4.1' }).click();
		await expect(page).toHaveURL(/\/system-hardening\/#341-seccomp-profiles$/);
		await expect(page.locator('[id="341-seccomp-profiles"]')).toBeInViewport();
	});

	test('old anchors of the original notes still land on their topic', { tag: '@base-path' }, async ({ page }) => {
		for (const [path, heading] of [
			['minimize-microservice-vulnerabilities/#434-kata-containers', '[id="432-kata-containers"]'],
			['cluster-hardening/#21--restrict-access-to-kubernetes-api', '[id="21-restrict-access-to-kubernetes-api"]'],
			['system-hardening/#341-seccomp-profiles', '[id="341-seccomp-profiles"]'],
		] as const) {
			await page.goto(path);
			await expect(page.locator(heading), path).toBeInViewport();
		}
	});

	test('without JavaScript, sections still open and close, and the bulk controls stay hidden', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
		const page = await context.newPage();
		await page.goto('cluster-setup/');
		await expect(page.getByRole('button', { name: 'Collapse all' })).toBeHidden();
		const details = page.locator('details:has(> summary [id="11-network-security-policies"])');
		await expect(details).toHaveAttribute('open');
		await page.locator('summary:has([id="11-network-security-policies"])').click();
		await expect(details).not.toHaveAttribute('open');
		await context.close();
	});
});

test('the one-page view holds every domain and every topic of the domain pages', async ({ page }) => {
	test.setTimeout([...domains.map((domain) => `${domain.slug}/`), ONE_PAGE_VIEW].reduce((sum, path) => sum + timeoutFor(path, 20_000), 0));
	const topicIds: string[] = [];
	for (const domain of domains) {
		await page.goto(`${domain.slug}/`);
		topicIds.push(...(await page.locator('summary.cks-section__summary > :is(h2, h3)').evaluateAll((headings) => headings.map((h) => h.id))));
	}
	await page.goto(ONE_PAGE_VIEW);
	for (const domain of domains) {
		await expect(page.locator(`summary h2#${domain.slug}`)).toContainText(`${domain.number}. ${domain.title}`);
	}
	const allIds = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
	expect(topicIds.filter((id) => !allIds.includes(id))).toEqual([]);
	expect(new Set(allIds).size, 'ids are unique on the one-page view').toBe(allIds.length);
	await expect(page.locator('meta[name="pagefind"], [data-pagefind-body]')).toHaveCount(0);
});
