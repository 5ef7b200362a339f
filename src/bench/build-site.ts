import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** Runs `astro build` in `projectDir` and returns its wall-clock time in milliseconds. */
export async function buildSite(projectDir: string): Promise<number> {
	const started = performance.now();
	const astro = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');
	const output: string[] = [];
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build'], { cwd: projectDir, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.on('error', reject);
		child.on('close', resolve);
	});
	if (code !== 0) throw new Error(`astro build failed in ${projectDir} (exit ${code}):\n${output.join('').slice(-4000)}`);
	return performance.now() - started;
}
