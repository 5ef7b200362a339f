// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import tailwindcss from '@tailwindcss/vite';
import { contentLinksValidator } from './src/plugins/links-validator.ts';
import { domains } from './src/domains.ts';
import { mockExams } from './src/practice/mock-exams.ts';
import { readTasks } from './src/practice/task-files.ts';
import { cksMarkdown } from './src/plugins/markdown.ts';
import { cksSearch } from './src/plugins/search.ts';
import { cksOffline } from './src/plugins/offline.ts';
import { cksPagePolicies } from './src/plugins/page-csp.ts';
import { lighterCodeBlocks } from './src/plugins/lighter-code-blocks.ts';
import { PROGRESS_MARKS_MODULES, studyModules } from './src/plugins/study-modules.ts';
import { readCatalogue } from './src/study/catalogue.ts';
import { appleTouchIconPath, THEME_COLORS } from './src/offline/app-manifest.ts';
import { inlineScriptHashes, starlightDir } from './src/security/inline-script-hashes.ts';

/**
 * Deployment settings come from the environment so that the tested build and the deployed build
 * are the same command: `SITE_URL=https://owner.github.io BASE_PATH=/repo/ npm run build`.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
const tasks = readTasks();
const taskCount = (/** @type {string} */ slug) => tasks.filter((task) => task.domain === slug).length;
const catalogue = readCatalogue();
/**
 * What src/scripts/progress-marks.ts needs for a domain's completion in the sidebar: the domain's
 * number (its topic and task ids start with it) and how many topics and tasks it has.
 */
const studyAttrs = (/** @type {string} */ slug) => {
	const domain = catalogue.find((entry) => entry.slug === slug);
	return {
		'data-cks-progress': String(domain?.number),
		'data-cks-topics': String(domain?.topics.length),
		'data-cks-tasks': String(domain?.tasks.length),
	};
};

export default defineConfig({
	site,
	// Caches live in the project, not in node_modules, so that separate checkouts never share one.
	cacheDir: './.astro/cache',
	base,
	trailingSlash: 'ignore',
	// Expressive Code (Starlight) highlights code blocks; Astro's own Shiki pass would only add a
	// warning that its inline styles do not fit a Content-Security-Policy.
	markdown: { syntaxHighlight: false },
	// Styles as files, never inline: the Content-Security-Policy then needs no hash for them (Astro
	// leaves styles that Markdown components add to a page out of its hashes).
	build: { inlineStylesheets: 'never' },
	// Starlight turns on Astro's prefetching of every link on hover by default: 1.1 KB of script on
	// every page and speculative downloads of pages never opened. Pages here are static and small
	// to fetch, so the first visit's budget (e2e/budgets.spec.ts) goes to reading instead.
	prefetch: false,
	security: {
		// Astro hashes every script and style it renders into a per-page <meta http-equiv> policy, so no
		// inline script runs unless the build put it there. Directives a <meta> cannot carry
		// (frame-ancestors) and the other security headers are in public/_headers.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				// Pagefind searches in a worker started from /pagefind/pagefind-worker.js; /sw.js keeps pages for offline reading.
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly index reader.
			scriptDirective: {
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: inlineScriptHashes([starlightDir, fileURLToPath(new URL('./src', import.meta.url))], ['components/ThemeProvider.astro', 'components/ThemeSelect.astro', 'user-components/Tabs.astro']),
			},
			// Style elements are hashed. Style attributes are allowed: Starlight sets icon sizes and Expressive
			// Code sets each token's colours as CSS custom properties in style="" (a style attribute cannot run
			// script or load anything under this policy).
			styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	integrations: [
		starlight({
			title: 'CKS Notes',
			description:
				'Certified Kubernetes Security Specialist (CKS) study notes: every exam domain, correct for current Kubernetes, searchable and printable.',
			favicon: '/favicon.svg',
			lastUpdated: false,
			pagination: true,
			credits: false,
			// Hold the first paint until the page title is parsed, so the header and both sidebars are
			// painted complete instead of growing (and shifting what is beside them) as they are parsed.
			head: [
				{ tag: 'link', attrs: { rel: 'expect', href: '#_top', blocking: 'render' } },
				// Installable as an app (src/pages/manifest.webmanifest.ts); the browser's bar in the site's colours.
				{ tag: 'link', attrs: { rel: 'manifest', href: `${base.replace(/\/?$/, '/')}manifest.webmanifest` } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base.replace(/\/?$/, '/')}${appleTouchIconPath}` } },
				{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: light)', content: THEME_COLORS.light } },
				{ tag: 'meta', attrs: { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: THEME_COLORS.dark } },
			],
			customCss: [
				'./src/styles/global.css',
				'./src/styles/theme.css',
				'./src/styles/sections.css',
				'./src/styles/content.css',
				'./src/styles/print.css',
				'./src/styles/progress.css',
			],
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
				Search: './src/components/Search.astro',
				// Both read the stored theme; Starlight's throw when site data is blocked.
				ThemeProvider: './src/components/ThemeProvider.astro',
				ThemeSelect: './src/components/ThemeSelect.astro',
			},
			// Starlight runs Pagefind without options; cksSearch() builds the index with them.
			pagefind: false,
			expressiveCode: {
				plugins: [lighterCodeBlocks()],
				// No block marks lines (`{2-3}`, `ins=`, `del=`): without the plugin its styles leave every page.
				textMarkers: false,
			},
			markdown: { processedDirs: ['./content/docs'] },
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			sidebar: [
				{ label: 'Home', slug: 'index' },
				{
					label: 'Exam domains',
					items: domains.map((domain) => ({
						slug: domain.slug,
						label: `${domain.number}. ${domain.title}`,
						badge: { text: `${domain.weight}%`, variant: 'note' },
						attrs: studyAttrs(domain.slug),
					})),
				},
				{
					label: 'Cheat sheets',
					items: [
						{ slug: 'cheat-sheets/exam-day', label: 'Exam day' },
						...domains.map((domain) => ({ slug: `cheat-sheets/${domain.slug}`, label: domain.title })),
					],
				},
				{
					label: 'Practice',
					items: [
						{ slug: 'practice', label: 'How to practise' },
						...domains.map((domain) => ({
							slug: `practice/${domain.slug}`,
							label: domain.title,
							badge: { text: `${taskCount(domain.slug)} ${taskCount(domain.slug) === 1 ? 'task' : 'tasks'}`, variant: /** @type {const} */ ('default') },
						})),
						...mockExams.map((exam) => ({ slug: `practice/${exam.slug}`, label: exam.title })),
					],
				},
				{ label: 'My progress', slug: 'progress' },
				{
					label: 'Exam guide',
					items: [{ slug: 'exam-environment' }, { slug: 'competencies' }],
				},
				{ label: 'All notes on one page', link: '/all-notes/' },
			],
			// Content links are written without the base path, so they are validated on the root build;
			// the end-to-end crawl checks every link of the sub-path build.
			plugins: base === '/' ? [contentLinksValidator({ errorOnLocalLinks: true, exclude: ['/all-notes/', '/all-notes/#*'] })] : [],
		}),
		cksMarkdown(),
		// Before the search index and the offline manifest read the pages.
		cksPagePolicies(),
		cksSearch(),
		// After the search index: the offline copy lists its files.
		cksOffline(),
	],
	vite: {
		plugins: [tailwindcss(), studyModules()],
		cacheDir: './.astro/vite',
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// Every page loads the progress marks: one file for them and the modules they
							// share with other pages' scripts, rather than one file per shared module.
							codeSplitting: { groups: [{ name: 'progress-marks', test: PROGRESS_MARKS_MODULES }] },
						},
					},
				},
			},
		},
	},
});
