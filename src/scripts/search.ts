/**
 * The search dialog on every page (src/components/Search.astro): opening and closing it as
 * Starlight does (button, Ctrl/Cmd+K, Cancel, a click outside or on a result), plus `/` to open
 * it. Escape closes the dialog (native `<dialog>` behaviour). The keys inside the dialog come with
 * the search UI (search-keys.ts).
 *
 * Loads the search UI on the first sign of intent, and starts the highlighting of searched terms
 * when the page was opened from a search result.
 */

/** The URL parameter that carries the searched terms to the result page, for highlighting. */
const HIGHLIGHT_PARAM = 'highlight';

function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
	);
}

/** Starlight's search dialog behaviour, as in its Search component. */
class SiteSearch extends HTMLElement {
	constructor() {
		super();
		const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]');
		const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]');
		const dialog = this.querySelector('dialog');
		const frame = this.querySelector('.dialog-frame');
		if (!openButton || !closeButton || !dialog || !frame) return;

		/** Closes the dialog on a click on a link or outside the dialog. */
		const onClick = (event: MouseEvent) => {
			const target = event.target as Node | null;
			const isLink = target !== null && 'href' in target;
			if (isLink || (target && document.body.contains(target) && !frame.contains(target))) closeModal();
		};
		const openModal = (event?: MouseEvent) => {
			dialog.showModal();
			document.body.toggleAttribute('data-search-modal-open', true);
			this.querySelector('input')?.focus();
			event?.stopPropagation();
			window.addEventListener('click', onClick);
		};
		const closeModal = () => dialog.close();

		openButton.addEventListener('click', openModal);
		openButton.disabled = false;
		closeButton.addEventListener('click', closeModal);
		dialog.addEventListener('close', () => {
			document.body.toggleAttribute('data-search-modal-open', false);
			window.removeEventListener('click', onClick);
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
				if (dialog.open) closeModal();
				else openModal();
				event.preventDefault();
			}
		});
	}
}

/** Calls `load` once, on the first sign that the reader is about to search. */
function onSearchIntent(button: HTMLButtonElement, dialog: HTMLDialogElement, load: () => void): void {
	const intents = ['pointerenter', 'pointerdown', 'focus'] as const;
	const fire = () => {
		for (const type of intents) button.removeEventListener(type, fire);
		observer.disconnect();
		load();
	};
	const observer = new MutationObserver(() => {
		if (dialog.open) fire();
	});
	for (const type of intents) button.addEventListener(type, fire, { passive: true });
	observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
}

function setUpSearch(): void {
	const root = document.querySelector('site-search');
	const button = root?.querySelector<HTMLButtonElement>('button[data-open-modal]');
	const dialog = root?.querySelector('dialog');
	if (!button || !dialog) return;
	onSearchIntent(button, dialog, () => {
		// As in Starlight: the index only exists in a build; `astro dev` shows a notice instead.
		if (!import.meta.env.DEV) void import('./search-ui.ts').then(({ mountSearchUi }) => mountSearchUi(HIGHLIGHT_PARAM));
	});

	button.setAttribute('aria-keyshortcuts', `${button.getAttribute('aria-keyshortcuts') ?? ''} /`.trim());
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
		if (dialog.open || isTyping(event.target) || button.disabled) return;
		event.preventDefault();
		button.click();
	});
}

customElements.define('site-search', SiteSearch);
setUpSearch();

const highlighted = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((term) => term.trim());
if (highlighted.length > 0) {
	void import('./search-landing.ts').then(({ highlightSearchTerms }) => highlightSearchTerms(HIGHLIGHT_PARAM));
}
