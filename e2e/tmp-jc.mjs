import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.goto('http://127.0.0.1:4470/cluster-setup/');
console.log(await page.evaluate(() => getComputedStyle(document.querySelector('.right-sidebar-container').parentElement).justifyContent));
await page.evaluate(() => document.querySelector('.main-pane').remove());
console.log(await page.evaluate(() => [getComputedStyle(document.querySelector('.right-sidebar-container').parentElement).justifyContent, JSON.stringify(document.querySelector('.right-sidebar').getBoundingClientRect())]));
await browser.close();
