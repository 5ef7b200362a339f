import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childrenCpuMs } from './children-cpu-time.ts';

export interface BuildTime {
	wallMs: number;
	/** CPU time of the build and its subprocesses (Pagefind), in milliseconds. */
	cpuMs: number;
}

/** Runs `astro build` in `projectDir` and times it. */
export async function buildSite(projectDir: string): Promise<BuildTime> {
	const started = performance.now();
	const cpuBefore = childrenCpuMs();
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
	return { wallMs: performance.now() - started, cpuMs: childrenCpuMs() - cpuBefore };
}
