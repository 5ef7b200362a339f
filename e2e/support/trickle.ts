/**
 * A page's HTML sent a piece at a time, as a slow connection delivers it: the browser paints what
 * it has parsed while it waits for the rest, so anything on the first screen that moves when a
 * later element arrives shows as a layout shift on every run, not only when a busy machine happens
 * to pause its parser at the wrong place (a right-aligned "Expand all" moved left when "Collapse
 * all" arrived, on some runs only).
 */

/** Request header that asks the test server to trickle a page. */
export const TRICKLE_HEADER = 'x-cks-trickle';

/** Pause between two pieces: longer than a frame, so the browser paints what it has. */
export const TRICKLE_PAUSE_MS = 25;

/** How much of the main column, from its start, is cut before each element: a phone's first screen and more. */
const MAIN_BYTES = 4096;

/** Elements inside an SVG image: its box has its size from the start, whatever its parts. */
const INSIDE_SVG = /^(path|g|use|circle|rect|line|polyline|polygon|defs|symbol|title)$/;

/** Where `pattern` first matches in `html` from `from` on, or -1. */
function indexOf(html: string, pattern: RegExp, from = 0): number {
	const found = html.slice(from).search(pattern);
	return found < 0 ? -1 : from + found;
}

/** Offsets before each element that starts in the page's header or in the first part of its main column. */
export function trickleCuts(html: string): number[] {
	const regions: [number, number][] = [];
	const header = indexOf(html, /<header[\s>]/i);
	if (header >= 0) {
		const end = indexOf(html, /<\/header>/i, header);
		regions.push([header, end < 0 ? html.length : end]);
	}
	const main = indexOf(html, /<main[\s>]/i);
	if (main >= 0) regions.push([main, Math.min(html.length, main + MAIN_BYTES)]);
	const cuts: number[] = [];
	for (const [start, end] of regions) {
		for (const tag of html.slice(start, end).matchAll(/<([a-z][a-z0-9-]*)/gi)) {
			if (tag.index > 0 && !INSIDE_SVG.test(tag[1]!.toLowerCase())) cuts.push(start + tag.index);
		}
	}
	return cuts;
}

/** The HTML in pieces, cut before each element `trickleCuts` finds. */
export function tricklePieces(html: Buffer): Buffer[] {
	// Offsets in characters and bytes differ beyond ASCII: cut the bytes where the characters are cut.
	const text = html.toString('utf8');
	const byteOffsets = trickleCuts(text).map((offset) => Buffer.byteLength(text.slice(0, offset)));
	const pieces: Buffer[] = [];
	let from = 0;
	for (const to of [...byteOffsets, html.byteLength]) {
		if (to > from) pieces.push(html.subarray(from, to));
		from = to;
	}
	return pieces;
}
