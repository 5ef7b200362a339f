/**
 * A small static file server for the end-to-end tests. It serves a built site the way static hosts
 * such as GitHub Pages, Netlify or Cloudflare Pages do: under a base path, with directory index
 * files, a redirect to the trailing-slash URL, the site's 404 page, gzip compression, and the
 * headers listed in the site's `_headers` file.
 *
 *   node --experimental-strip-types e2e/support/static-server.ts --dir dist --port 4322 --base /
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersForPath, parseHeadersFile, type HeaderRule } from './headers-file.ts';
import { TRICKLE_HEADER, TRICKLE_PAUSE_MS, tricklePieces } from './trickle.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|javascript|wasm)|image\/svg)/;

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'dist' },
		port: { type: 'string', default: '4322' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: '/' },
	},
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const headersFile = join(root, '_headers');
const headerRules: HeaderRule[] = existsSync(headersFile)
	? parseHeadersFile(readFileSync(headersFile, 'utf8'))
	: [];

function fileFor(sitePath: string): string | undefined {
	const candidate = normalize(join(root, decodeURIComponent(sitePath)));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	if (!existsSync(candidate)) return undefined;
	return statSync(candidate).isDirectory() ? undefined : candidate;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number, sitePath: string): void {
	const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
	res.statusCode = status;
	res.setHeader('Content-Type', type);
	for (const [name, value] of headersForPath(headerRules, sitePath)) res.setHeader(name, value);
	if (req.headers[TRICKLE_HEADER] && type.startsWith('text/html') && req.method === 'GET') {
		void trickle(res, readFileSync(file));
		return;
	}
	const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
	if (!gzip) {
		res.setHeader('Content-Length', statSync(file).size);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file).pipe(res);
		return;
	}
	// Compressed whole, with its length: a streamed response is chunked, and how many chunks (each
	// with its own framing bytes) depends on the machine's speed, so the budgets would not measure the
	// same bytes twice.
	const body = gzipSync(readFileSync(file));
	res.setHeader('Content-Encoding', 'gzip');
	res.setHeader('Vary', 'Accept-Encoding');
	res.setHeader('Content-Length', body.byteLength);
	res.end(req.method === 'HEAD' ? undefined : body);
}

/** Sends a page a piece at a time (e2e/support/trickle.ts), uncompressed so each piece can be parsed as it arrives. */
async function trickle(res: ServerResponse, html: Buffer): Promise<void> {
	res.setHeader('Content-Length', html.byteLength);
	for (const piece of tricklePieces(html)) {
		if (res.destroyed) return;
		res.write(piece);
		await new Promise((resolve) => setTimeout(resolve, TRICKLE_PAUSE_MS));
	}
	res.end();
}

function notFound(req: IncomingMessage, res: ServerResponse): void {
	const page = fileFor('/404.html');
	if (page) {
		send(req, res, page, 404, '/404.html');
		return;
	}
	res.statusCode = 404;
	res.end('Not found');
}

function redirect(res: ServerResponse, location: string): void {
	res.writeHead(301, { Location: location });
	res.end();
}

function handle(req: IncomingMessage, res: ServerResponse): void {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.statusCode = 405;
		res.end();
		return;
	}
	if (url.pathname === base.slice(0, -1)) return redirect(res, base + url.search);
	if (!url.pathname.startsWith(base)) return notFound(req, res);
	const sitePath = `/${url.pathname.slice(base.length)}`;
	const file = fileFor(sitePath) ?? fileFor(join(sitePath, 'index.html'));
	if (!file) return notFound(req, res);
	const isDirectoryIndex = file.endsWith(`${sep}index.html`) && !sitePath.endsWith('index.html');
	if (isDirectoryIndex && !sitePath.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
	send(req, res, file, 200, sitePath);
}

const server = createServer(handle);

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
