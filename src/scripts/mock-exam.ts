/** The mock exam page's timer, task marks and self-scoring (markup: src/components/practice/MockExam.astro). */
import { crossedMarks, formatClock, pauseTimer, remainingMs, startTimer, timerStatus, type TimerStatus } from '../study/exam-timer.ts';
import { MOCK_EXAM_BACKUP_KEY, MOCK_EXAM_KEY, newAttempt, readRecord, type ExamAttempt, type MockExamRecord } from '../study/mock-exam-state.ts';
import { openStorage } from '../study/safe-storage.ts';
import { scoreExam, type ExamScore } from '../study/scoring.ts';

const STATE_TEXT: Record<TimerStatus, string> = { ready: 'Not started', running: 'Running', paused: 'Paused', over: 'Time is up' };
const ANNOUNCEMENT: Record<number, string> = { 30: '30 minutes left', 10: '10 minutes left', 0: 'Time is up' };

class MockExamElement extends HTMLElement {
	#storage = openStorage();
	#record: MockExamRecord = { version: 1, exams: {} };
	#ticker: number | undefined;
	#shownRemaining = 0;

	get #slug(): string {
		return this.dataset['exam'] ?? '';
	}
	get #durationMs(): number {
		return Number(this.dataset['minutes']) * 60_000;
	}
	get #attempt(): ExamAttempt {
		return this.#record.exams[this.#slug] ?? newAttempt();
	}
	#find<T extends Element>(selector: string): T | null {
		return this.querySelector<T>(selector);
	}

	connectedCallback(): void {
		this.#load();
		this.#shownRemaining = remainingMs(this.#attempt.timer, this.#durationMs, Date.now());
		this.#find('[data-start]')?.addEventListener('click', () => this.#update((attempt) => ({ ...attempt, timer: startTimer(attempt.timer, Date.now()) })));
		this.#find('[data-resume]')?.addEventListener('click', () => this.#update((attempt) => ({ ...attempt, timer: startTimer(attempt.timer, Date.now()) })));
		this.#find('[data-pause]')?.addEventListener('click', () => this.#update((attempt) => ({ ...attempt, timer: pauseTimer(attempt.timer, Date.now()) })));
		this.#find('[data-restart]')?.addEventListener('click', () => {
			if (confirm('Start this mock exam again? The timer, marks and score are cleared.')) this.#update(() => newAttempt());
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-flag], [data-done]')) {
			button.addEventListener('click', () => this.#toggleMark(button));
		}
		const form = this.#find<HTMLFormElement>('[data-score-form]');
		form?.addEventListener('change', () => this.#update((attempt) => ({ ...attempt, achieved: this.#ticked() })));
		form?.addEventListener('submit', (event) => {
			event.preventDefault();
			const scoredAt = new Date().toISOString();
			this.#update((attempt) => ({ ...attempt, achieved: this.#ticked(), scoredAt }));
			void this.#keepResult(scoredAt);
			this.#find<HTMLElement>('[data-result]')?.focus();
		});
		addEventListener('storage', (event) => {
			if (event.key !== MOCK_EXAM_KEY) return;
			this.#load();
			this.#render();
		});
		this.#render();
	}

	#load(): void {
		const stored = this.#storage.get(MOCK_EXAM_KEY);
		const { record, problem } = readRecord(stored);
		this.#record = record;
		if (problem && stored !== null) {
			this.#storage.set(MOCK_EXAM_BACKUP_KEY, stored);
			this.#storage.remove(MOCK_EXAM_KEY);
			const why = problem === 'unknown-version' ? 'was saved by another version of this site' : 'could not be read';
			this.#message(`Your saved mock exam state ${why}. It is kept aside in this browser (${MOCK_EXAM_BACKUP_KEY}); this exam starts afresh.`);
		} else if (!this.#storage.available) {
			this.#message('This browser does not let the site save data: the timer and your marks last until you leave this page.');
		}
	}

	#message(text: string): void {
		const message = this.#find<HTMLElement>('[data-message]');
		if (!message) return;
		message.textContent = text;
		message.hidden = false;
	}

	#update(change: (attempt: ExamAttempt) => ExamAttempt): void {
		this.#record = { ...this.#record, exams: { ...this.#record.exams, [this.#slug]: change(this.#attempt) } };
		this.#storage.set(MOCK_EXAM_KEY, JSON.stringify(this.#record));
		this.#render();
	}

	#toggleMark(button: HTMLButtonElement): void {
		const kind = button.dataset['flag'] ? 'flagged' : 'done';
		const id = button.dataset['flag'] ?? button.dataset['done'] ?? '';
		this.#update((attempt) => {
			const marks = new Set(attempt[kind]);
			if (marks.has(id)) marks.delete(id);
			else marks.add(id);
			return { ...attempt, [kind]: [...marks] };
		});
	}

	#ticked(): Record<string, number[]> {
		const achieved: Record<string, number[]> = {};
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-task]')) {
			const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[data-check]')];
			achieved[fieldset.dataset['task'] ?? ''] = boxes.filter((box) => box.checked).map((box) => Number(box.dataset['check']));
		}
		return achieved;
	}

	#render(): void {
		const attempt = this.#attempt;
		this.#renderClock();
		this.#find('[data-restart]')?.addEventListener('click', () => {
			if (confirm('Start this mock exam again? The timer, marks and score are cleared.')) this.#update(() => newAttempt());
		});
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-flag], [data-done]')) {
			const kind = button.dataset['flag'] ? 'flagged' : 'done';
			button.setAttribute('aria-pressed', String(attempt[kind].includes(button.dataset['flag'] ?? button.dataset['done'] ?? '')));
		}
		for (const link of this.querySelectorAll<HTMLElement>('[data-nav-task]')) {
			const id = link.dataset['navTask'] ?? '';
			const marks = link.querySelector('[data-nav-marks]');
			const words = [attempt.done.includes(id) && 'done', attempt.flagged.includes(id) && 'flagged'].filter(Boolean);
			link.dataset['marks'] = words.join(' ');
			if (marks) marks.textContent = words.length ? ` (${words.join(', ')})` : '';
		}
		const total = this.querySelectorAll('[data-done]').length;
		const count = this.#find('[data-count]');
		if (count) count.textContent = `${attempt.done.length} of ${total} done, ${attempt.flagged.length} flagged`;
		for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-task]')) {
			const ticked = attempt.achieved[fieldset.dataset['task'] ?? ''] ?? [];
			for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[data-check]')) box.checked = ticked.includes(Number(box.dataset['check']));
		}
		this.#renderResult();
	}

	#renderClock(): void {
		const timer = this.#attempt.timer;
		const now = Date.now();
		const status = timerStatus(timer, this.#durationMs, now);
		const remaining = remainingMs(timer, this.#durationMs, now);
		const clock = this.#find('[data-clock]');
		if (clock) clock.textContent = formatClock(remaining);
		const state = this.#find('[data-state]');
		if (state) state.textContent = STATE_TEXT[status];
		const show = (selector: string, visible: boolean) => {
			const button = this.#find<HTMLButtonElement>(selector);
			if (button) button.hidden = !visible;
		};
		show('[data-start]', status === 'ready');
		show('[data-pause]', status === 'running');
		show('[data-resume]', status === 'paused');
		show('[data-restart]', status !== 'ready' || this.#attempt.scoredAt !== null);
		const marks = crossedMarks(this.#shownRemaining, remaining);
		const announce = this.#find('[data-announce]');
		if (announce && marks.length > 0) announce.textContent = ANNOUNCEMENT[marks[marks.length - 1] ?? 0] ?? '';
		this.#shownRemaining = remaining;
		if (status === 'running' && this.#ticker === undefined) {
			this.#ticker = window.setInterval(() => this.#renderClock(), 1000);
		} else if (status !== 'running' && this.#ticker !== undefined) {
			clearInterval(this.#ticker);
			this.#ticker = undefined;
		}
	}

	#score(): ExamScore {
		const tasks = [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-task]')].map((fieldset) => ({
			id: fieldset.dataset['task'] ?? '',
			domain: fieldset.dataset['domain'] ?? '',
			checks: [...fieldset.querySelectorAll<HTMLInputElement>('input[data-check]')].map((box) => Number(box.dataset['points'])),
		}));
		return scoreExam(tasks, this.#attempt.achieved, Number(this.dataset['pass']));
	}

	/** Adds the result to the study progress ("My progress" lists every scored attempt). */
	async #keepResult(at: string): Promise<void> {
		const { score, max, percent, passed, domains } = this.#score();
		// Loaded when a score is given, not with the page.
		const [{ default: validateProgress }, { openProgressStore }, { recordMockExam }] = await Promise.all([
			import('virtual:cks-progress-validator'),
			import('../study/progress-store.ts'),
			import('../study/mock-exam-results.ts'),
		]);
		openProgressStore().update(
			(progress) => recordMockExam(progress, { exam: this.#slug, at, score, max, percent, passed, domains: domains.map(({ domain, score, max }) => ({ domain, score, max })) }),
			validateProgress,
		);
	}

	#renderResult(): void {
		const result = this.#find<HTMLElement>('[data-result]');
		const attempt = this.#attempt;
		if (!result || attempt.scoredAt === null) {
			if (result) result.hidden = true;
			return;
		}
		const score = this.#score();
		const total = this.#find('[data-total]');
		if (total) {
			total.textContent = `${score.score} of ${score.max} points (${score.percent}%): ${score.passed ? 'pass' : 'not a pass'}; the pass mark is ${this.dataset['pass']}%.`;
			total.className = `cks-mock-result__total cks-mock-result__total--${score.passed ? 'pass' : 'fail'}`;
		}
		const lost = new Set(score.lost.map(({ id }) => id));
		for (const row of this.querySelectorAll<HTMLElement>('[data-domain-row]')) {
			const domain = score.domains.find((entry) => entry.domain === row.dataset['domainRow']);
			const cell = row.querySelector('[data-domain-score]');
			if (cell && domain) cell.textContent = `${domain.score} / ${domain.max}`;
			let anyLost = false;
			for (const item of row.querySelectorAll<HTMLElement>('[data-lost]')) {
				item.hidden = !lost.has(item.dataset['lost'] ?? '');
				anyLost ||= !item.hidden;
			}
			const nothing = row.querySelector<HTMLElement>('[data-nothing-lost]');
			if (nothing) nothing.hidden = anyLost;
		}
		result.hidden = false;
	}
}

export function defineMockExam(): void {
	if (!customElements.get('cks-mock-exam')) customElements.define('cks-mock-exam', MockExamElement);
}
