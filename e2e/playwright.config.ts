import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * The browser: `CHROMIUM_PATH` when set, else Debian's Chromium when installed, else Playwright's
 * own build (install it with `npx playwright install chromium`). `CHROMIUM_PATH=bundled` forces
 * Playwright's own build.
 */
function chromiumExecutable(): string | undefined {
	const chosen = process.env['CHROMIUM_PATH'];
	if (chosen === 'bundled') return undefined;
	if (chosen) return chosen;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
export const executablePath = chromiumExecutable();

/** Flags that keep a headless Chromium quiet on a machine without internet access. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** `E2E_PORT` lets several checkouts run their tests side by side. */
export const ROOT_PORT = Number(process.env['E2E_PORT'] ?? 4322);
export const BASE_PORT = ROOT_PORT + 1;
export const BASE_PATH = '/cks-notes/';

const server = (dir: string, port: number, base: string) => ({
	command: `node --experimental-strip-types e2e/support/static-server.ts --dir ${dir} --port ${port} --base ${base}`,
	cwd: '..',
	url: `http://127.0.0.1:${port}${base}`,
	reuseExistingServer: !process.env['CI'],
	stdout: 'ignore' as const,
	stderr: 'pipe' as const,
});

export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: Boolean(process.env['CI']),
	retries: process.env['CI'] ? 1 : 0,
	workers: Number(process.env['E2E_WORKERS'] ?? 2),
	reporter: [['list']],
	/**
	 * Sized for a machine three times slower than a fast, idle one (see "Slow machines" in the
	 * README): a check over every page is one test per page, and longer work sets its own timeout
	 * from the work it does (`timeoutFor` in support/pages.ts).
	 */
	timeout: 60_000,
	expect: { timeout: 15_000 },
	outputDir: '../test-results',
	use: {
		...devices['Desktop Chrome'],
		launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
		// The site's service worker (offline reading) would serve a test's later requests from its caches,
		// out of reach of `page.route` and of first-visit measurements; e2e/offline.spec.ts allows it.
		serviceWorkers: 'block',
		// A trace records every action's page snapshot, a fifth of the suite's time when taken for every
		// test: it is taken when a failed test runs again (CI retries once), or with `--trace on`.
		trace: 'on-first-retry',
	},
	projects: [
		{
			name: 'root',
			use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` },
		},
		{
			name: 'base-path',
			grep: /@base-path/,
			use: { baseURL: `http://127.0.0.1:${BASE_PORT}${BASE_PATH}` },
		},
	],
	webServer: [server('dist', ROOT_PORT, '/'), server('dist-base', BASE_PORT, BASE_PATH)],
});
