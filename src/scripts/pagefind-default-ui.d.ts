/** The Pagefind UI module, without the stylesheet import of its package entry (src/scripts/search-ui.ts). */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
