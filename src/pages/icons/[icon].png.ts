/** The app icons of the web app manifest (src/offline/app-manifest.ts), drawn from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { APPLE_TOUCH_ICON_SIZE, ICON_SIZES, iconSvg } from '../../offline/app-manifest.ts';

const icons = [
	...ICON_SIZES.map((size) => ({ icon: String(size), size, filled: false })),
	{ icon: 'maskable-512', size: 512, filled: true },
	// iOS puts transparent icons on black: the filled drawing.
	{ icon: `apple-touch-${APPLE_TOUCH_ICON_SIZE}`, size: APPLE_TOUCH_ICON_SIZE, filled: true },
];

export const getStaticPaths = (() => icons.map(({ icon, size, filled }) => ({ params: { icon }, props: { size, filled } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { size, filled } = props as { size: number; filled: boolean };
	const png = await sharp(Buffer.from(iconSvg(favicon, filled)), { density: (72 * size) / 32 })
		.resize(size, size)
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
