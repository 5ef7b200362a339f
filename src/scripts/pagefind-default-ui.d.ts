/** The Pagefind UI module itself; `@pagefind/default-ui` is aliased to our lazy stand-in. */
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
		triggerSearch(term: string): void;
		destroy(): void;
	}
}
