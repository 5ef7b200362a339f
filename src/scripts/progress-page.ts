/** "My progress" (markup: src/components/progress/MyProgress.astro): marks, readiness, history and data. */
import { BACKUP_KEY, onProgressChange, readStoredProgress, type ProgressRead } from '../study/progress-read.ts';
import type { ProgressStore } from '../study/progress-store.ts';
import { openStorage } from '../study/safe-storage.ts';
import { emptyProgress, type Progress, type ProgressValidator } from '../study/progress-schema.ts';
import type { StudyCatalogue } from '../study/catalogue.ts';
import { isMockExamResult } from '../study/mock-exam-results.ts';
import { isReviewed, isSolved } from '../study/progress.ts';
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

/** The JSON Schema check, loaded when something is to be written or imported, not with the page. */
const loadValidator = async (): Promise<ProgressValidator> => (await import('virtual:cks-progress-validator')).default;

class ProgressPage extends HTMLElement {
	#storage = openStorage();
	/** Opened for the first change (writes, backups): the page itself only reads. */
	#opened: ProgressStore | undefined;

	async #store(): Promise<ProgressStore> {
		const { openProgressStore } = await import('../study/progress-store.ts');
		this.#opened ??= openProgressStore(this.#storage);
		return this.#opened;
	}

	#read(): ProgressRead {
		return this.#opened?.read() ?? readStoredProgress(this.#storage);
	}

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
			download(`cks-notes-progress-${today()}.json`, `${JSON.stringify(this.#read().progress, null, 2)}\n`);
			this.#say('Your progress was saved as a file in your downloads.');
		});
		this.#find<HTMLInputElement>('[data-import]')?.addEventListener('change', (event) => {
			const input = event.currentTarget as HTMLInputElement;
			const file = input.files?.[0];
			input.value = '';
			if (file) void this.#import(file);
		});
		this.#find('[data-reset]')?.addEventListener('click', async () => {
			if (!confirm('Delete all your progress in this browser: every mark and mock exam result? Export it first if you may want it back.')) return;
			const saved = (await this.#store()).update(() => emptyProgress(), await loadValidator());
			this.#render();
			this.#say(saved ? 'All progress in this browser was deleted.' : 'Progress cannot be saved in this browser; the marks of this visit were cleared.');
		});
		this.#find('[data-download-backup]')?.addEventListener('click', async () => {
			// Opening the store sets aside a stored record that cannot be read, so it is in the file too.
			const store = await this.#store();
			store.read();
			download(`cks-notes-progress-unreadable-${today()}.json`, `${JSON.stringify(store.backups(), null, 2)}\n`);
		});
		this.#find('[data-discard-backup]')?.addEventListener('click', async () => {
			if (!confirm('Discard the progress that could not be read? It cannot be recovered afterwards.')) return;
			const store = await this.#store();
			// A record still in place that cannot be read is replaced by an empty one (set aside first).
			if (store.read().problem) store.update((progress) => progress, await loadValidator());
			store.clearBackups();
			this.#render();
			this.#say('The progress that could not be read was discarded.');
		});
		onProgressChange(() => this.#render());
		this.#render();
	}

	async #import(file: File): Promise<void> {
		const [{ importProgressFile }, validate] = await Promise.all([import('./progress-import-file.ts'), loadValidator()]);
		const { message, refused } = await importProgressFile(file, await this.#store(), validate);
		this.#render();
		this.#say(message, refused);
	}

	/** The domains, their weights, topics and tasks, as the page lists them. */
	#catalogue(): StudyCatalogue {
		return [...this.querySelectorAll<HTMLElement>('tr[data-domain]')].map((row) => {
			const slug = row.dataset['domain'] ?? '';
			const ids = (attribute: string) => [...this.querySelectorAll<HTMLElement>(`[data-checklist="${slug}"] [${attribute}]`)].map((item) => item.getAttribute(attribute) ?? '');
			return { slug, weight: Number(row.dataset['weight']), topics: ids('data-topic-item'), tasks: ids('data-task-item') };
		});
	}

	#render(): void {
		const { progress, problem } = this.#read();
		const catalogue = this.#catalogue();
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
		this.#renderNextUp(catalogue, progress);
		this.#renderExams(progress);

		const status = this.#find('[data-storage-status]');
		if (status) {
			status.textContent = !this.#storage.available
				? 'This browser does not let the site save data (site data is blocked, or storage is full): marks last until you leave the page.'
				: problem
					? 'Your saved progress could not be read (damaged, or saved by a newer version of the site). It is left as it is, and set aside before anything new is saved: download it below.'
					: `Saved in this browser: ${plural(Object.values(progress.topics).filter(({ reviewed }) => reviewed).length, 'topic')} reviewed, ${plural(Object.values(progress.tasks).filter(({ solved }) => solved).length, 'task')} solved.`;
		}
		const backup = this.#find('[data-backup]');
		// What cannot be read is offered for download: kept aside already, or still in place.
		if (backup) backup.hidden = !problem && this.#storage.get(BACKUP_KEY) === null;
	}

	#renderState(item: HTMLElement, done: boolean, yes: string, no: string): void {
		const state = item.querySelector('[data-state]');
		if (!state) return;
		state.textContent = done ? yes : no;
		state.classList.toggle('cks-progress__state--done', done);
	}

	#renderNextUp(catalogue: StudyCatalogue, progress: Progress): void {
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
		const results = progress.mockExams.filter(isMockExamResult);
		table.hidden = results.length === 0;
		none.hidden = results.length > 0;
		const domainTitle = (slug: string) => this.#find(`tr[data-domain="${slug}"] th a`)?.textContent?.trim().replace(/^\d+\.\s*/, '') ?? slug;
		rows.replaceChildren(
			...results.reverse().map((result) => {
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
