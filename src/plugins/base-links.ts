import type { HastPluginDefinition } from 'satteri';

/** Prefix a site-absolute path (`/cluster-setup/#11-...`) with the deployment base path. */
export function withBase(href: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return prefix + href;
}

/**
 * Content links are written site-absolute so that they read well and the links validator can check
 * them. When the site is deployed under a sub-path (`base`), this prefixes every such link, so the
 * same content works at `/` and at `/repo/`.
 */
export function baseLinksPlugin(base: string): HastPluginDefinition {
	return {
		name: 'cks-base-links',
		element: {
			filter: ['a'],
			visit(node, ctx) {
				const href = node.properties?.['href'];
				if (typeof href !== 'string') return;
				const prefixed = withBase(href, base);
				if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
			},
		},
	};
}
