/**
 * The "Reviewed" and "Solved" toggles and the sidebar's per-domain completion, on every page. What
 * runs with the page only reads; writing, the schema check and messages load when a mark changes.
 */
import { domainCoverageByCounts } from '../study/coverage.ts';
import { isReviewed, isSolved, setTaskSolved, setTopicReviewed } from '../study/progress.ts';
import { onProgressChange, readStoredProgress, type ProgressRead } from '../study/progress-read.ts';
import type { ProgressStore } from '../study/progress-store.ts';
import { openStorage } from '../study/safe-storage.ts';

const storage = openStorage();
/** Opened at the first change: it also keeps the marks of this visit when storage is blocked. */
let store: ProgressStore | undefined;
const read = (): ProgressRead => store?.read() ?? readStoredProgress(storage);

function render(): void {
	const { progress } = read();
	for (const button of document.querySelectorAll<HTMLElement>('[data-cks-topic]')) {
		button.setAttribute('aria-pressed', String(isReviewed(progress, button.dataset['cksTopic'] ?? '')));
	}
	for (const button of document.querySelectorAll<HTMLElement>('[data-cks-task]')) {
		button.setAttribute('aria-pressed', String(isSolved(progress, button.dataset['cksTask'] ?? '')));
	}
	// The sidebar's domain links carry the domain's number and counts (astro.config.mjs).
	for (const link of document.querySelectorAll<HTMLElement>('a[data-cks-progress]')) {
		const { cksProgress = '', cksTopics, cksTasks } = link.dataset;
		const percent = Math.floor(domainCoverageByCounts(cksProgress, Number(cksTopics), Number(cksTasks), progress) * 100);
		link.style.setProperty('--cks-progress', `${percent}%`);
		let note = link.querySelector('.cks-progress-note');
		if (!note) {
			note = document.createElement('span');
			note.className = 'cks-progress-note sr-only';
			link.append(note);
		}
		note.textContent = `, ${percent}% covered`;
	}
}

const loadWriter = () =>
	Promise.all([import('../study/progress-store.ts'), import('virtual:cks-progress-validator'), import('./progress-message.ts')]);
let writer: ReturnType<typeof loadWriter> | undefined;
/** Loads what a change needs once a mark is pointed at or focused, so a click saves at once. */
const warmWriter = () => (writer ??= loadWriter());
const markOf = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLElement>('[data-cks-topic], [data-cks-task]') : null;
for (const intent of ['pointerover', 'focusin']) {
	document.addEventListener(intent, (event) => {
		if (markOf(event.target)) void warmWriter();
	});
}

document.addEventListener('click', async (event) => {
	const button = markOf(event.target);
	if (!button) return;
	// The button shows the new state only once it is saved: a reader who leaves at once loses nothing shown as kept.
	const marked = button.getAttribute('aria-pressed') !== 'true';
	button.setAttribute('aria-busy', 'true');
	const at = new Date().toISOString();
	const topic = button.dataset['cksTopic'];
	const task = button.dataset['cksTask'];
	const [{ openProgressStore }, { default: validate }, { PROGRESS_MESSAGES, showProgressMessage }] = await warmWriter();
	store ??= openProgressStore(storage);
	const before = store.read().problem;
	const saved = store.update((progress) => (topic ? setTopicReviewed(progress, topic, marked, at) : setTaskSolved(progress, task ?? '', marked, at)), validate);
	render();
	button.removeAttribute('aria-busy');
	if (!store.available) showProgressMessage(PROGRESS_MESSAGES.blocked);
	else if (before || !saved) showProgressMessage(PROGRESS_MESSAGES.unreadable);
});

onProgressChange(render);
render();
