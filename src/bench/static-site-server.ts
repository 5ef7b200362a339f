import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export interface RunningServer {
	url: string;
	stop: () => Promise<void>;
}

/** Serves `dist` with the end-to-end tests' static server (gzip, _headers), as the budgets are measured. */
export async function serveSite(projectRoot: string, dist: string, port: number): Promise<RunningServer> {
	const server: ChildProcess = spawn(
		process.execPath,
		['--experimental-strip-types', join(projectRoot, 'e2e/support/static-server.ts'), '--dir', dist, '--port', String(port), '--base', '/'],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.once('exit', (code) => reject(new Error(`static server exited (${code}); is port ${port} free? Set E2E_PORT.`)));
		server.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) resolve();
		});
	});
	return {
		url: `http://127.0.0.1:${port}/`,
		stop: async () => {
			server.removeAllListeners('exit');
			const exited = once(server, 'exit');
			server.kill();
			await exited;
		},
	};
}
