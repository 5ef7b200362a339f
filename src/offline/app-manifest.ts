/**
 * The web app manifest (installing the site as an app) and its icons, drawn from the favicon. Paths are
 * relative to the manifest, which sits at the base path, so one manifest serves `/` and `/cks-notes/`.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#17181c' } as const;

/** Square sizes of the icons; the 512 px one is also drawn maskable (the shield inside the safe zone). */
export const ICON_SIZES = [192, 512] as const;
export const APPLE_TOUCH_ICON_SIZE = 180;

export const iconPath = (size: number, maskable = false) => `icons/${maskable ? 'maskable-' : ''}${size}.png`;
export const appleTouchIconPath = `icons/apple-touch-${APPLE_TOUCH_ICON_SIZE}.png`;

export function appManifest(description: string) {
	return {
		name: 'CKS Notes',
		short_name: 'CKS Notes',
		description,
		lang: 'en',
		dir: 'ltr',
		start_url: './',
		scope: './',
		id: './',
		display: 'standalone',
		background_color: THEME_COLORS.dark,
		theme_color: THEME_COLORS.dark,
		icons: [
			...ICON_SIZES.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
			{ src: iconPath(512, true), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
		],
	};
}

/** The favicon's shield and tick; filled: on a full square, within the central 60% (the maskable safe zone). */
export function iconSvg(favicon: string, filled: boolean): string {
	const shapes = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	if (!filled) return favicon;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME_COLORS.light}"/><g transform="translate(6.4 6.4) scale(0.6)">${shapes}</g></svg>`;
}
