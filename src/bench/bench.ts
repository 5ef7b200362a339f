/**
 * `npm run bench`: builds the site with its domain pages at 1×, 2×, 5× and 10× their content and
 * prints one table of build cost, output size and what a reader downloads, with the targets as ratios.
 * A benchmark, not a test: it fails only if a build or a measurement does.
 */
import { rm } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { domains } from '../domains.ts';
import { buildSite, type BuildTime } from './build-site.ts';
import { copyProjectWithContent } from './project-copy.ts';
import { distStats, largestPage } from './dist-stats.ts';
import { firstSearchBytes, firstVisitBytes, launchBrowser, type Bytes } from './network-bytes.ts';
import { serveSite } from './static-site-server.ts';
import { kb, markdownTable, seconds } from './table.ts';

const FACTORS = [1, 2, 5, 10] as const;
const QUERIES = ['seccomp', 'trivy image', 'kubeadm upgrade apply'] as const;
const projectRoot = resolve(import.meta.dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4322);

interface Measurement {
	factor: number;
	build: BuildTime;
	/** The machine's 1-minute load average when the build ended: build times on a shared machine vary with it. */
	loadAfterBuild: number;
	pages: number;
	distBytes: number;
	pagefindBytes: number;
	indexChunks: number;
	largestPage: string;
	firstVisit: Bytes;
	searches: Bytes[];
}

async function measure(factor: number): Promise<Measurement> {
	const project = await copyProjectWithContent(projectRoot, factor);
	try {
		console.error(`${factor}×: building in ${project}`);
		const build = await buildSite(project);
		const [loadAfterBuild = Number.NaN] = loadavg();
		const dist = join(project, 'dist');
		const stats = await distStats(dist);
		const page = await largestPage(dist, domains.map(({ slug }) => slug));
		const server = await serveSite(projectRoot, dist, port);
		const browser = await launchBrowser();
		try {
			const firstVisit = await firstVisitBytes(browser, server.url, `${page}/`);
			const searches: Bytes[] = [];
			for (const query of QUERIES) searches.push(await firstSearchBytes(browser, server.url, query));
			console.error(`${factor}×: built in ${seconds(build.wallMs)}, measured`);
			return { factor, build, loadAfterBuild, ...stats, largestPage: page, firstVisit, searches };
		} finally {
			await browser.close();
			await server.stop();
		}
	} finally {
		await rm(project, { recursive: true, force: true });
	}
}

const withHeaders = ({ total, headers }: Bytes) => `${kb(total)} (${kb(headers)} hdr)`;

function report(results: Measurement[]): string {
	const header = ['content', 'build (wall)', 'build (CPU)', 'load', 'pages', 'dist/', 'Pagefind index', 'chunks', 'first visit, largest domain page', ...QUERIES.map((query) => `first search "${query}"`)];
	const rows = results.map((result) => [
		`${result.factor}×`,
		seconds(result.build.wallMs),
		seconds(result.build.cpuMs),
		result.loadAfterBuild.toFixed(1),
		String(result.pages),
		kb(result.distBytes),
		kb(result.pagefindBytes),
		String(result.indexChunks),
		`${withHeaders(result.firstVisit)} /${result.largestPage}/`,
		...result.searches.map(withHeaders),
	]);
	const one = results.find(({ factor }) => factor === 1);
	const ten = results.find(({ factor }) => factor === 10);
	const ratios: string[] = [];
	if (one && ten) {
		const wallRatio = ten.build.wallMs / one.build.wallMs;
		const cpuRatio = ten.build.cpuMs / one.build.cpuMs;
		const searchRatio = (ten.searches[0]?.total ?? Number.NaN) / (one.searches[0]?.total ?? Number.NaN);
		ratios.push(
			`Build time 10× / 1×: wall ${wallRatio.toFixed(2)}, CPU ${cpuRatio.toFixed(2)} (target ≤ 10): ${Math.max(wallRatio, cpuRatio) <= 10 ? 'met' : 'MISSED'}`,
			`One-word first search ("${QUERIES[0]}") 10× / 1× bytes: ${searchRatio.toFixed(2)} (target ≤ 1.5): ${searchRatio <= 1.5 ? 'met' : 'MISSED'}`,
		);
	}
	return [markdownTable(header, rows), '', ...ratios, '', ...results.map(searchBreakdown)].join('\n');
}

/** What the one-word first search fetched, by kind of file: shows which part grows with the content. */
function searchBreakdown(result: Measurement): string {
	const kinds = new Map<string, number>();
	for (const { path, total } of result.searches[0]?.files ?? []) {
		const kind = /\.pf_(index|fragment|meta|filter)$/.exec(path)?.[0] ?? (path.includes('/pagefind/') ? path.slice(path.lastIndexOf('/') + 1) : 'search UI');
		kinds.set(kind, (kinds.get(kind) ?? 0) + total);
	}
	const parts = [...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, bytes]) => `${kind} ${kb(bytes)}`);
	return `"${QUERIES[0]}" at ${result.factor}×: ${parts.join(', ')}`;
}

/**
 * A first build reads node_modules from a cold disk cache and is slower than any later one, whatever
 * its content: build once, unmeasured, so that the 1× time is comparable with the others.
 */
async function warmUp(): Promise<void> {
	const project = await copyProjectWithContent(projectRoot, 1);
	try {
		console.error(`warm-up build in ${project}`);
		await buildSite(project);
	} finally {
		await rm(project, { recursive: true, force: true });
	}
}

await warmUp();
const results: Measurement[] = [];
for (const factor of FACTORS) results.push(await measure(factor));
console.log(`Node ${process.version}, ${availableParallelism()} cores`);
console.log(report(results));
