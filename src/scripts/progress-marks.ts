/**
 * The "Reviewed" and "Solved" toggles and the sidebar's per-domain completion, on every page.
 * State is the progress record (src/study/progress-store.ts); another tab's change re-renders.
 */
import validate from 'virtual:cks-marks-validator';
import catalogue from 'virtual:cks-study-catalogue';
import { openProgressStore } from '../study/progress-store.ts';
import { isReviewed, isSolved, setTaskSolved, setTopicReviewed } from '../study/progress.ts';
import { domainCoverage } from '../study/coverage.ts';

const store = openProgressStore(validate);

const MESSAGES = {
	blocked: 'Progress cannot be saved in this browser (site data blocked or storage full): marks last until you leave the page.',
	unreadable: 'Your saved progress could not be read; it is kept aside (see My progress).',
} as const;

function showMessage(text: string): void {
	let toast = document.getElementById('cks-progress-message');
	if (!toast) {
		toast = document.createElement('div');
		toast.id = 'cks-progress-message';
		toast.className = 'cks-progress-message';
		toast.setAttribute('role', 'status');
		document.body.append(toast);
	}
	toast.textContent = text;
	toast.hidden = false;
	clearTimeout(Number(toast.dataset['timer']));
	toast.dataset['timer'] = String(setTimeout(() => (toast.hidden = true), 8000));
}

function render(): void {
	const { progress } = store.read();
	for (const button of document.querySelectorAll<HTMLElement>('[data-cks-topic]')) {
		button.setAttribute('aria-pressed', String(isReviewed(progress, button.dataset['cksTopic'] ?? '')));
	}
	for (const button of document.querySelectorAll<HTMLElement>('[data-cks-task]')) {
		button.setAttribute('aria-pressed', String(isSolved(progress, button.dataset['cksTask'] ?? '')));
	}
	for (const link of document.querySelectorAll<HTMLElement>('a[data-cks-progress]')) {
		const domain = catalogue.find(({ slug }) => slug === link.dataset['cksProgress']);
		if (!domain) continue;
		const percent = Math.floor(domainCoverage(domain, progress).coverage * 100);
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

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cks-topic], [data-cks-task]') : null;
	if (!button) return;
	const marked = button.getAttribute('aria-pressed') !== 'true';
	const at = new Date().toISOString();
	const topic = button.dataset['cksTopic'];
	const task = button.dataset['cksTask'];
	const before = store.read().problem;
	const saved = store.update((progress) => (topic ? setTopicReviewed(progress, topic, marked, at) : setTaskSolved(progress, task ?? '', marked, at)));
	render();
	if (!saved) showMessage(MESSAGES.blocked);
	else if (before) showMessage(MESSAGES.unreadable);
});

store.onChange(render);
render();
