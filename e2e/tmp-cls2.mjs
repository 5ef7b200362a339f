import { chromium } from '@playwright/test';
const css = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let n = 0, shifts = 0;
for (let i = 0; i < 6; i++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await page.addInitScript((css) => { if (css) document.addEventListener('DOMContentLoaded', () => {}); window.__s = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) __s.push({ v: e.value, n: e.sources.map(s => (s.node?.className ?? String(s.node)) + JSON.stringify([s.previousRect.x,s.previousRect.y,s.previousRect.width,s.previousRect.height,s.currentRect.x,s.currentRect.y,s.currentRect.width,s.currentRect.height])).join() }); }).observe({ type: 'layout-shift', buffered: true }); }, css);
if (css) await page.route('**/*.css', async (route) => { const r = await route.fetch(); const body = (await r.text()) + css; await route.fulfill({ response: r, body }); });
for (const p of ['', 'system-hardening/', 'cluster-setup/', 'all-notes/']) {
await page.goto('http://127.0.0.1:4470/' + p, { waitUntil: 'networkidle' });
await page.waitForTimeout(200);
const s = await page.evaluate(() => __s); n++; if (s.length) { shifts++; console.log(p, JSON.stringify(s)); }
}
await context.close();
}
console.log('loads', n, 'with shifts', shifts);
await browser.close();
