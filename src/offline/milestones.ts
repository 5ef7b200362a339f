/**
 * What a screen reader hears while the site is saved for offline: the start, every quarter, the end.
 * Returns the quarter (1–4) the progress has newly reached, or undefined.
 */
export function reachedQuarter(done: number, total: number, announced: number): number | undefined {
	if (total <= 0) return announced < 4 ? 4 : undefined;
	const quarter = Math.floor((done / total) * 4);
	return quarter > announced ? quarter : undefined;
}

export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function progressText(files: number, totalFiles: number, bytes: number, totalBytes: number): string {
	return `${files} of ${totalFiles} files, ${megabytes(bytes)} of ${megabytes(totalBytes)}`;
}

export function savedText(savedAt: string, bytes: number, files: number, locale?: string): string {
	const date = new Date(savedAt).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
	return `Available offline, saved on ${date}, ${megabytes(bytes)} (${files} files).`;
}

