/**
 * A deploy the offline tests can change: a copy of a built site served on its own port, where a test
 * edits a page and runs the build's offline step again (offline manifest and service worker), as a
 * rebuild and deploy would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineManifest } from '../../src/offline/manifest.ts';
import { writeOfflineFiles } from '../../src/offline/service-worker.ts';

export interface Deploy {
	/** The site's address, ending in its base path. */
	url: string;
	/** Changes pages' built HTML and redeploys (new offline manifest, new service worker); returns the new revision. */
	changePage(paths: string[], change: (html: string) => string): Promise<string>;
	/** The paths the deployed offline manifest lists. */
	files(): string[];
	stop(): void;
}

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
	for (let attempt = 0; attempt < 300; attempt++) {
		if (server.exitCode !== null) throw new Error(`The test server stopped (exit ${server.exitCode})`);
		if (await fetch(url).then((response) => response.ok, () => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`The test server did not answer at ${url}`);
}

export async function deployCopy(dist: string, base: string): Promise<Deploy> {
	const dir = mkdtempSync(join(tmpdir(), 'cks-deploy-'));
	cpSync(dist, dir, { recursive: true });
	const port = await freePort();
	const server = spawn(
		process.execPath,
		['--experimental-strip-types', 'e2e/support/static-server.ts', '--dir', dir, '--port', String(port), '--base', base],
		{ stdio: 'ignore', cwd: join(import.meta.dirname, '../..') },
	);
	const url = `http://127.0.0.1:${port}${base}`;
	await waitUntilServing(url, server);
	return {
		url,
		async changePage(paths, change) {
			for (const path of paths) {
				const file = join(dir, path, 'index.html');
				writeFileSync(file, change(readFileSync(file, 'utf8')));
			}
			const { manifest } = await writeOfflineFiles(dir);
			return manifest.revision;
		},
		files() {
			return offlineManifest(dir).files.map((file) => file.path);
		},
		stop() {
			server.kill();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
