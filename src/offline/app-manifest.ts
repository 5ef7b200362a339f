/**
 * The web app manifest (installing the site as an app) and its icons, drawn from the favicon. Paths are
 * relative to the manifest, which sits at the base path, so one manifest serves `/` and `/cks-notes/`.
 */
export const THEME_COLORS = { light: '#ffffff', dark: '#17181c' } as const;

/**
 * The app icons, each drawn from the favicon (src/pages/icons/[icon].png.ts). Filled: on a full square,
 * within the central 60% (the maskable safe zone; iOS also puts transparent icons on black).
 */
export const APP_ICONS = [
	{ name: '192', size: 192, filled: false, purpose: 'any' },
	{ name: '512', size: 512, filled: false, purpose: 'any' },
	{ name: 'maskable-512', size: 512, filled: true, purpose: 'maskable' },
	{ name: 'apple-touch-180', size: 180, filled: true, purpose: 'apple-touch-icon' },
] as const;

export const iconPath = (name: string) => `icons/${name}.png`;
export const appleTouchIconPath = iconPath('apple-touch-180');

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
		icons: APP_ICONS.filter((icon) => icon.purpose !== 'apple-touch-icon').map(({ name, size, purpose }) => ({
			src: iconPath(name),
			sizes: `${size}x${size}`,
			type: 'image/png',
			purpose,
		})),
	};
}

/** The favicon's shield and tick, filled or not (APP_ICONS). */
export function iconSvg(favicon: string, filled: boolean): string {
	const shapes = favicon.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	if (!filled) return favicon;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME_COLORS.light}"/><g transform="translate(6.4 6.4) scale(0.6)">${shapes}</g></svg>`;
}
