/** "My progress" (markup: src/components/progress/MyProgress.astro): marks, readiness, history and data. */
import validate from 'virtual:cks-progress-validator';
import catalogue from 'virtual:cks-study-catalogue';
import { openProgressStore } from '../study/progress-store.ts';
import { emptyProgress, firstError, MAX_IMPORT_BYTES, type Progress } from '../study/progress-schema.ts';
import { isReviewed, isSolved } from '../study/progress.ts';
import { mergeProgress, nothingMerged, type MergeSummary } from '../study/progress-merge.ts';
import { nextUp } from '../study/next-up.ts';
import { readiness } from '../study/readiness.ts';

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function download(name: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const today = (): string => new Date().toISOString().slice(0, 10);

function describeMerge(name: string, summary: MergeSummary): string {
	if (nothingMerged(summary)) return `Nothing new in "${name}": everything in it is already here.${summary.kept ? ` ${plural(summary.kept, 'mark')} here ${summary.kept === 1 ? 'was' : 'were'} newer and kept.` : ''}`;
	const parts = [plural(summary.topics, 'topic'), plural(summary.tasks, 'task'), plural(summary.mockExams, 'mock exam result')];
	return `Imported "${name}": ${parts.join(', ')} added or changed.${summary.kept ? ` ${plural(summary.kept, 'mark')} here ${summary.kept === 1 ? 'was' : 'were'} newer and kept.` : ''}`;
}

class ProgressPage extends HTMLElement {
	#store = openProgressStore(validate);

	#find<T extends Element = HTMLElement>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	#say(text: string, error = false): void {
		const message = this.#find('[data-data-message]');
		if (!message) return;
		message.textContent = text;
		message.classList.toggle('cks-progress__error', error);
	}

	connectedCallback(): void {
		this.#find('[data-export]')?.addEventListener('click', () => {
			download(`cks-notes-progress-${today()}.json`, `${JSON.stringify(this.#store.read().progress, null, 2)}\n`);
			this.#say('Your progress was saved as a file in your downloads.');
		});
		this.#find<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => {
			const input = event.currentTarget as HTMLInputElement;
			const file = input.files?.[0];
			input.value = '';
			if (file) void this.#import(file);
		});
		this.#find('[data-reset]')?.addEventListener('click', () => {
			if (!confirm('Delete all your progress in this browser: every mark and mock exam result? Export it first if you may want it back.')) return;
			const saved = this.#store.update(() => emptyProgress());
			this.#render();
			this.#say(saved ? 'All progress in this browser was deleted.' : 'Progress cannot be saved in this browser; the marks of this visit were cleared.');
		});
		this.#find('[data-download-backup]')?.addEventListener('click', () => {
			download(`cks-notes-progress-unreadable-${today()}.json`, `${JSON.stringify(this.#store.backups(), null, 2)}\n`);
		});
		this.#find('[data-discard-backup]')?.addEventListener('click', () => {
			if (!confirm('Discard the progress that could not be read? It cannot be recovered afterwards.')) return;
			this.#store.clearBackups();
			this.#render();
			this.#say('The progress that could not be read was discarded.');
		});
		this.#store.onChange(() => this.#render());
		this.#render();
	}

	async #import(file: File): Promise<void> {
		const name = file.name.slice(0, 80);
		const refuse = (why: string) => this.#say(`"${name}" was not imported: ${why}. Nothing was changed.`, true);
		if (file.size > MAX_IMPORT_BYTES) return refuse(`it is ${Math.ceil(file.size / 1024)} KB, and a progress file is at most ${MAX_IMPORT_BYTES / 1024} KB`);
		let data: unknown;
		try {
			data = JSON.parse(await file.text());
		} catch {
			return refuse('it is not a JSON file');
		}
		if (!validate(data)) return refuse(`it is not CKS Notes progress (${firstError(validate)})`);
		let summary: MergeSummary | undefined;
		const saved = this.#store.update((current) => {
			const merged = mergeProgress(current, data as Progress);
			summary = merged.summary;
			return merged.progress;
		});
		this.#render();
		if (summary) this.#say(`${describeMerge(name, summary)}${saved ? '' : ' This browser cannot save it beyond this visit.'}`);
	}

	#render(): void {
		const { progress, problem } = this.#store.read();
		const result = readiness(catalogue, progress);
		const readinessFigure = this.#find('[data-readiness]');
		if (readinessFigure) readinessFigure.textContent = `${result.percent}%`;

		for (const domain of result.domains) {
			const row = this.#find(`tr[data-domain="${domain.slug}"]`);
			if (!row) continue;
			const percent = Math.floor(domain.coverage * 100);
			row.querySelector('[data-reviewed]')!.textContent = `${domain.reviewed} / ${domain.topics}`;
			row.querySelector('[data-solved]')!.textContent = `${domain.solved} / ${domain.tasks}`;
			row.querySelector<HTMLProgressElement>('[data-bar]')!.value = percent;
			row.querySelector('[data-covered]')!.textContent = `${percent}%`;
		}
		for (const item of this.querySelectorAll<HTMLElement>('[data-topic-item]')) this.#renderState(item, isReviewed(progress, item.dataset['topicItem'] ?? ''), 'reviewed', 'not reviewed');
		for (const item of this.querySelectorAll<HTMLElement>('[data-task-item]')) this.#renderState(item, isSolved(progress, item.dataset['taskItem'] ?? ''), 'solved', 'not solved');

		const orphans = this.#find('[data-orphans]');
		if (orphans) {
			orphans.hidden = result.orphans === 0;
			orphans.textContent = `${plural(result.orphans, 'mark')} ${result.orphans === 1 ? 'is' : 'are'} for topics or tasks no longer on the site: kept in your data, counted nowhere.`;
		}
		this.#renderNextUp(progress);
		this.#renderExams(progress);

		const status = this.#find('[data-storage-status]');
		if (status) {
			status.textContent = !this.#store.available
				? 'This browser does not let the site save data (site data is blocked, or storage is full): marks last until you leave the page.'
				: problem
					? 'Your saved progress could not be read, so the site started afresh; what could not be read is kept aside below.'
					: `Saved in this browser: ${plural(Object.values(progress.topics).filter(({ reviewed }) => reviewed).length, 'topic')} reviewed, ${plural(Object.values(progress.tasks).filter(({ solved }) => solved).length, 'task')} solved.`;
		}
		const backup = this.#find('[data-backup]');
		if (backup) backup.hidden = this.#store.backups().length === 0;
	}

	#renderState(item: HTMLElement, done: boolean, yes: string, no: string): void {
		const state = item.querySelector('[data-state]');
		if (!state) return;
		state.textContent = done ? yes : no;
		state.classList.toggle('cks-progress__state--done', done);
	}

	#renderNextUp(progress: Progress): void {
		const container = this.#find('[data-next-up]');
		if (!container) return;
		const next = nextUp(catalogue, progress);
		container.replaceChildren(
			...next.map((domain) => {
				const block = document.createElement('div');
				const heading = document.createElement('h3');
				const title = this.#find(`tr[data-domain="${domain.slug}"] th a`)?.textContent?.trim() ?? domain.slug;
				heading.textContent = `${title}: ${Math.round(domain.atRisk * 10) / 10} exam points at risk`;
				const list = document.createElement('ul');
				for (const [ids, attribute] of [[domain.topics, 'topic-item'], [domain.tasks, 'task-item']] as const) {
					for (const id of ids) {
						const link = this.#find(`[data-${attribute}="${id}"] a`);
						if (!link) continue;
						const item = document.createElement('li');
						item.append(link.cloneNode(true));
						list.append(item);
					}
				}
				block.append(heading, list);
				return block;
			}),
		);
		const done = this.#find('[data-all-done]');
		if (done) done.hidden = next.length > 0;
	}

	#renderExams(progress: Progress): void {
		const titles = JSON.parse(this.dataset['examTitles'] ?? '{}') as Record<string, string>;
		const rows = this.#find('[data-exam-rows]');
		const table = this.#find('[data-exam-table]');
		const none = this.#find('[data-no-exams]');
		if (!rows || !table || !none) return;
		table.hidden = progress.mockExams.length === 0;
		none.hidden = progress.mockExams.length > 0;
		const domainTitle = (slug: string) => this.#find(`tr[data-domain="${slug}"] th a`)?.textContent?.trim().replace(/^\d+\.\s*/, '') ?? slug;
		rows.replaceChildren(
			...[...progress.mockExams].reverse().map((result) => {
				const row = document.createElement('tr');
				const cells = [
					new Date(result.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
					titles[result.exam] ?? result.exam,
					`${result.score} / ${result.max} (${result.percent}%)`,
					result.passed ? 'Pass' : 'Not a pass',
					result.domains.map(({ domain, score, max }) => `${domainTitle(domain)} ${score}/${max}`).join('; '),
				];
				row.append(
					...cells.map((text, index) => {
						const cell = document.createElement(index === 0 ? 'th' : 'td');
						if (index === 0) cell.setAttribute('scope', 'row');
						cell.textContent = text;
						return cell;
					}),
				);
				return row;
			}),
		);
	}
}

export function defineProgressPage(): void {
	if (!customElements.get('cks-progress-page')) customElements.define('cks-progress-page', ProgressPage);
}
