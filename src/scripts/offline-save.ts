/**
 * "Save for offline" (src/components/SaveOffline.astro): saves, cancels, reports and removes the offline
 * copy (src/offline/copy.ts). Progress shows in a bar and in words; a screen reader hears the start,
 * every quarter and the end.
 */
import { canKeepCopy, fetchManifest, readCopy, removeCopy, saveCopy, type SaveProgress } from '../offline/copy.ts';
import { manifestBytes } from '../offline/copy-record.ts';
import { megabytes, progressText, reachedQuarter, savedText } from '../offline/milestones.ts';

class SaveOffline extends HTMLElement {
	#abort: AbortController | undefined;

	#part<T extends HTMLElement>(name: string): T {
		return this.querySelector<T>(`[data-${name}]`)!;
	}

	connectedCallback(): void {
		this.#part('save').addEventListener('click', () => void this.#save());
		this.#part('cancel').addEventListener('click', () => this.#abort?.abort());
		this.#part('remove').addEventListener('click', () => void this.#remove());
		void this.#showSaved();
	}

	#status(text: string): void {
		this.#part('status').textContent = text;
	}

	#announce(text: string): void {
		this.#part('announce').textContent = text;
	}

	async #showSaved(): Promise<void> {
		const save = this.#part<HTMLButtonElement>('save');
		if (!(await canKeepCopy())) {
			save.disabled = true;
			this.#status('This browser cannot keep an offline copy (service workers or site data are blocked here). Everything still reads online.');
			return;
		}
		const saved = await readCopy();
		save.disabled = false;
		this.#part<HTMLButtonElement>('remove').disabled = !saved;
		if (!saved) return;
		const { record, missing } = saved;
		if (missing > 0) {
			this.#status(`The offline copy is incomplete: the browser has cleared ${missing} of its ${record.files} files. Save again to complete it.`);
			save.textContent = 'Save again';
			return;
		}
		this.#status(savedText(record.savedAt, record.bytes, record.files));
		save.textContent = 'Update offline copy';
	}

	async #save(): Promise<void> {
		const save = this.#part<HTMLButtonElement>('save');
		const cancel = this.#part<HTMLButtonElement>('cancel');
		const remove = this.#part<HTMLButtonElement>('remove');
		const bar = this.#part<HTMLProgressElement>('progress');
		const barText = this.#part('progress-text');
		this.#abort = new AbortController();
		save.disabled = true;
		remove.disabled = true;
		cancel.hidden = false;
		this.#part('progress-row').hidden = false;
		cancel.focus();
		let announced = 0;
		const onProgress = ({ files, totalFiles, bytes, totalBytes }: SaveProgress) => {
			bar.max = totalBytes;
			bar.value = bytes;
			barText.textContent = progressText(files, totalFiles, bytes, totalBytes);
			const quarter = reachedQuarter(bytes, totalBytes, announced);
			if (quarter && quarter < 4) this.#announce(`${quarter * 25}% saved.`);
			if (quarter) announced = quarter;
		};
		try {
			const manifest = await fetchManifest(this.#abort.signal);
			const bytes = manifestBytes(manifest);
			this.#status(`Saving ${manifest.files.length} files, ${megabytes(bytes)}, for offline reading…`);
			this.#announce(`Saving for offline: ${manifest.files.length} files, ${megabytes(bytes)}.`);
			const previous = (await readCopy())?.record;
			const record = await saveCopy(manifest, { signal: this.#abort.signal, onProgress, ...(previous ? { previous } : {}) });
			this.#status(savedText(record.savedAt, record.bytes, record.files));
			this.#announce(`Saved: ${savedText(record.savedAt, record.bytes, record.files)}`);
			save.textContent = 'Update offline copy';
		} catch (error) {
			const cancelled = this.#abort.signal.aborted;
			const message = cancelled
				? 'Saving cancelled: the offline copy is not complete. Pages you opened stay available.'
				: `Saving failed: ${error instanceof Error ? error.message : String(error)} Try again when the connection is back.`;
			this.#status(message);
			this.#announce(message);
		} finally {
			this.#abort = undefined;
			cancel.hidden = true;
			this.#part('progress-row').hidden = true;
			save.disabled = false;
			remove.disabled = !(await readCopy().catch(() => undefined));
			save.focus();
		}
	}

	async #remove(): Promise<void> {
		await removeCopy();
		this.#part<HTMLButtonElement>('save').textContent = 'Save for offline';
		this.#part<HTMLButtonElement>('remove').disabled = true;
		this.#part<HTMLButtonElement>('save').focus();
		const message = 'Offline copy removed: nothing of this site is kept in this browser now.';
		this.#status(message);
		this.#announce(message);
	}
}

customElements.define('cks-save-offline', SaveOffline);
