import { expect, test } from '@playwright/test';

/** The web app manifest (installing the site as an app) and the `<head>` tags that point to it, on both builds. */
test.describe('installable as an app @base-path', () => {
	test('every page links the manifest, an Apple touch icon and theme colours for light and dark', async ({ page, baseURL }) => {
		await page.goto('');
		const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(new URL(manifestHref!, page.url()).href).toBe(new URL('manifest.webmanifest', baseURL).href);
		const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
		const icon = await page.request.get(new URL(touchIcon!, page.url()).href);
		expect(icon.status()).toBe(200);
		expect(icon.headers()['content-type']).toBe('image/png');
		const colours = await page.locator('meta[name="theme-color"]').evaluateAll((metas) => metas.map((meta) => [meta.getAttribute('media'), meta.getAttribute('content')]));
		expect(colours).toEqual([
			['(prefers-color-scheme: light)', expect.stringMatching(/^#[0-9a-f]{6}$/)],
			['(prefers-color-scheme: dark)', expect.stringMatching(/^#[0-9a-f]{6}$/)],
		]);
	});

	test('the manifest names the app, starts and stays under the base path, and its icons exist at their sizes', async ({ request, baseURL }) => {
		const manifestUrl = new URL('manifest.webmanifest', baseURL).href;
		const response = await request.get(manifestUrl);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('application/manifest+json');
		const manifest = await response.json();
		expect(manifest).toMatchObject({ name: 'CKS Notes', short_name: 'CKS Notes', display: 'standalone', lang: 'en' });
		expect(manifest.short_name.length).toBeLessThanOrEqual(12);
		for (const field of ['theme_color', 'background_color']) expect(manifest[field]).toMatch(/^#[0-9a-f]{6}$/);
		expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
		expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);
		const purposes = new Set<string>();
		for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
			const file = await request.get(new URL(icon.src, manifestUrl).href);
			expect(file.status(), icon.src).toBe(200);
			expect(icon.type).toBe('image/png');
			const png = await file.body();
			// PNG signature, then the IHDR chunk: width and height, 4 bytes each, big-endian.
			expect(png.subarray(1, 4).toString('latin1'), icon.src).toBe('PNG');
			expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
			purposes.add(icon.purpose);
		}
		expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect([...purposes].sort()).toEqual(['any', 'maskable']);
	});
});
