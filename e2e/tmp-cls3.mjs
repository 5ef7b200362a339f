import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 8; i++) {
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
await page.addInitScript(() => {
  window.__log = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.sources) if (s.node?.className?.startsWith?.('right-sidebar')) __log.push(['shift', Math.round(e.startTime)]); }).observe({ type: 'layout-shift', buffered: true });
  const frame = () => { const rs = document.querySelector('.right-sidebar'); if (rs) { const c = rs.parentElement.parentElement; __log.push(['raf', Math.round(performance.now()), rs.getBoundingClientRect().x, !!document.querySelector('.main-pane'), c.children.length, getComputedStyle(c).justifyContent, getComputedStyle(c).display, document.readyState]); } if (performance.now() < 3000) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
});
await page.goto('http://127.0.0.1:4470/cluster-setup/', { waitUntil: 'networkidle' });
const log = await page.evaluate(() => __log);
if (log.some(l => l[0] === 'shift')) { const out = []; let last = ''; for (const l of log) { const k = JSON.stringify(l.slice(2)); if (k !== last || l[0]==='shift') out.push(JSON.stringify(l)); last = k; } console.log(out.join('\n')); break; }
await context.close();
}
await browser.close();
