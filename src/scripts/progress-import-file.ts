/** Importing a progress file on "My progress": size, JSON and schema checks, then a merge. */
import { firstError, MAX_IMPORT_BYTES } from '../study/progress-import.ts';
import { mergeProgress, nothingMerged, type MergeSummary } from '../study/progress-merge.ts';
import type { Progress, ProgressValidator } from '../study/progress-schema.ts';
import type { ProgressStore } from '../study/progress-store.ts';

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function describeMerge(name: string, summary: MergeSummary): string {
	const kept = summary.kept ? ` ${plural(summary.kept, 'mark')} here ${summary.kept === 1 ? 'was' : 'were'} newer and kept.` : '';
	if (nothingMerged(summary)) return `Nothing new in "${name}": everything in it is already here.${kept}`;
	const parts = [plural(summary.topics, 'topic'), plural(summary.tasks, 'task'), plural(summary.mockExams, 'mock exam result')];
	return `Imported "${name}": ${parts.join(', ')} added or changed.${kept}`;
}

/** Checks `file` and merges it into the stored progress; the message says what happened. */
export async function importProgressFile(file: File, store: ProgressStore, validate: ProgressValidator): Promise<{ message: string; refused: boolean }> {
	const name = file.name.slice(0, 80);
	const refuse = (why: string) => ({ message: `"${name}" was not imported: ${why}. Nothing was changed.`, refused: true });
	if (file.size > MAX_IMPORT_BYTES) return refuse(`it is ${Math.ceil(file.size / 1024)} KB, and a progress file is at most ${MAX_IMPORT_BYTES / 1024} KB`);
	let data: unknown;
	try {
		data = JSON.parse(await file.text());
	} catch {
		return refuse('it is not a JSON file');
	}
	if (!validate(data)) return refuse(`it is not CKS Notes progress (${firstError(validate)})`);
	let summary: MergeSummary | undefined;
	const saved = store.update((current) => {
		const merged = mergeProgress(current, data as Progress);
		summary = merged.summary;
		return merged.progress;
	}, validate);
	if (!summary) return refuse('the progress saved in this browser could not be read');
	return { message: `${describeMerge(name, summary)}${saved ? '' : ' This browser cannot save it beyond this visit.'}`, refused: false };
}
