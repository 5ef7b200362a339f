import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 4; i++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
await page.addInitScript(() => { window.__s = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) __s.push({ t: Math.round(e.startTime), v: e.value, src: e.sources.map(s => ({ n: s.node?.className ?? String(s.node), p: [s.previousRect.x, s.previousRect.y, s.previousRect.width, s.previousRect.height], c: [s.currentRect.x, s.currentRect.y, s.currentRect.width, s.currentRect.height] })) }); }).observe({ type: 'layout-shift', buffered: true }); });
for (const p of ['system-hardening/', 'all-notes/', '']) {
await page.goto('http://127.0.0.1:4470/' + p, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
console.log(p, JSON.stringify(await page.evaluate(() => __s)));
}
await context.close();
}
await browser.close();
