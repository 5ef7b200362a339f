import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { appManifest, iconSvg } from './app-manifest.ts';
import { changedFiles, isOfflineManifest, parseCopyRecord, recordOf, removedPaths } from './copy-record.ts';
import { offlineManifest, writeOfflineManifest } from './manifest.ts';
import { progressText, reachedQuarter, savedText } from './milestones.ts';

function builtSite(): string {
	const dist = mkdtempSync(join(tmpdir(), 'cks-offline-'));
	const write = (path: string, content: string) => {
		mkdirSync(join(dist, path, '..'), { recursive: true });
		writeFileSync(join(dist, path), content);
	};
	write('index.html', '<title>CKS Notes</title>');
	write('cluster-setup/index.html', '<title>1. Cluster Setup | CKS Notes</title>');
	write('_astro/a.1234.js', 'export {}');
	write('pagefind/pagefind.js', '');
	write('pagefind/pagefind-ui.js', '');
	write('pagefind/fragment/en_1.pf_fragment', 'x');
	write('404.html', '<title>Page not found</title>');
	write('_headers', '/*');
	write('sw.js', '');
	write('sitemap-0.xml', '');
	return dist;
}

test('the offline manifest lists what a reader uses, as the browser requests it, with page titles', () => {
	const dist = builtSite();
	try {
		const manifest = offlineManifest(dist);
		assert.deepEqual(
			manifest.files.map((file) => file.path),
			['', '_astro/a.1234.js', 'cluster-setup/', 'pagefind/fragment/en_1.pf_fragment', 'pagefind/pagefind.js'],
		);
		assert.equal(manifest.files.find((file) => file.path === 'cluster-setup/')?.title, '1. Cluster Setup');
		assert.equal(manifest.files.find((file) => file.path === '')?.bytes, '<title>CKS Notes</title>'.length);
		assert.ok(isOfflineManifest(manifest));
	} finally {
		rmSync(dist, { recursive: true });
	}
});

test('any change to a file changes the revision; the manifest does not list itself', () => {
	const dist = builtSite();
	try {
		const before = writeOfflineManifest(dist);
		assert.equal(offlineManifest(dist).revision, before.revision);
		writeFileSync(join(dist, 'cluster-setup/index.html'), '<title>1. Cluster Setup (new)</title>');
		const after = offlineManifest(dist);
		assert.notEqual(after.revision, before.revision);
		assert.deepEqual(changedFiles(after, recordOf(before, new Date())).map((file) => file.path), ['cluster-setup/']);
		assert.ok(!JSON.parse(readFileSync(join(dist, 'offline-manifest.json'), 'utf8')).files.some((file: { path: string }) => file.path.includes('offline-manifest')));
	} finally {
		rmSync(dist, { recursive: true });
	}
});

test('a copy record is read back only when it is whole and of this version', () => {
	const manifest = { version: 1 as const, revision: 'r1', files: [{ path: '', bytes: 10, revision: 'a' }, { path: 'x/', bytes: 5, revision: 'b' }] };
	const record = recordOf(manifest, new Date('2026-12-03T10:00:00Z'));
	assert.deepEqual(parseCopyRecord(JSON.parse(JSON.stringify(record))), record);
	assert.equal(record.bytes, 15);
	for (const broken of [null, 'text', { ...record, version: 2 }, { ...record, files: 3 }, { ...record, savedAt: 'yesterday' }, { ...record, revisions: [] }, { ...record, bytes: -1 }]) {
		assert.equal(parseCopyRecord(broken), undefined, JSON.stringify(broken));
	}
	assert.deepEqual(removedPaths({ ...manifest, files: [manifest.files[0]!] }, record), ['x/']);
	assert.deepEqual(changedFiles(manifest, undefined), manifest.files);
	assert.equal(isOfflineManifest({ version: 1, revision: 'r', files: [{ path: 1 }] }), false);
});

test('a screen reader hears each quarter once, in order', () => {
	const heard: number[] = [];
	let announced = 0;
	for (const done of [0, 10, 24, 25, 26, 49, 50, 80, 99, 100]) {
		const quarter = reachedQuarter(done, 100, announced);
		if (quarter) {
			heard.push(quarter);
			announced = quarter;
		}
	}
	assert.deepEqual(heard, [1, 2, 3, 4]);
	assert.equal(reachedQuarter(0, 0, 0), 4);
	assert.equal(progressText(3, 10, 1_500_000, 4_500_000), '3 of 10 files, 1.5 MB of 4.5 MB');
	assert.equal(savedText('2026-12-03T10:00:00Z', 4_530_000, 235, 'en-GB'), 'Available offline, saved on 3 December 2026, 4.5 MB (235 files).');
});

test('the web app manifest is relative to where it is served, with a maskable icon', () => {
	const manifest = appManifest('notes');
	assert.equal(manifest.start_url, './');
	assert.equal(manifest.scope, './');
	assert.ok(manifest.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512'));
	assert.ok(manifest.icons.every((icon) => !icon.src.startsWith('/')));
	const favicon = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M1 1"/></svg>';
	assert.equal(iconSvg(favicon, false), favicon);
	assert.match(iconSvg(favicon, true), /<rect width="32" height="32"[^>]*\/><g transform="translate\(6\.4 6\.4\) scale\(0\.6\)"><path d="M1 1"\/><\/g>/);
});
