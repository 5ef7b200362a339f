/** The app icons of the web app manifest (src/offline/app-manifest.ts), drawn from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { APP_ICONS, iconSvg } from '../../offline/app-manifest.ts';

export const getStaticPaths = (() => APP_ICONS.map(({ name, size, filled }) => ({ params: { icon: name }, props: { size, filled } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { size, filled } = props as { size: number; filled: boolean };
	const png = await sharp(Buffer.from(iconSvg(favicon, filled)), { density: (72 * size) / 32 })
		.resize(size, size)
		.png()
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
