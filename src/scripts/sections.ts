/** Behaviour of the collapsible sections built from the notes' headings. */

const SECTION_SELECTOR = 'details.cks-section__details';

export function setAllSections(open: boolean): void {
	for (const details of document.querySelectorAll<HTMLDetailsElement>(SECTION_SELECTOR)) details.open = open;
}

/** Opens every closed section around `element`; returns whether any was closed. */
export function openSectionsAround(element: Element): boolean {
	let opened = false;
	for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
		if (!details.open) {
			details.open = true;
			opened = true;
		}
	}
	return opened;
}

/**
 * A link to an anchor inside a closed section (table of contents, cross-reference, pasted URL)
 * opens the section and scrolls the target into view.
 */
export function revealLocationHash(): void {
	const id = decodeURIComponent(location.hash.slice(1));
	const target = id ? document.getElementById(id) : null;
	if (!target) return;
	const opened = openSectionsAround(target);
	// An old anchor kept alive as an empty `<span id>` after a renamed heading: show the heading too.
	const legacyAnchor = target.matches('span:empty');
	const summary = legacyAnchor ? target.closest('details')?.querySelector(':scope > summary') : null;
	if (opened || summary) (summary ?? target).scrollIntoView();
}

/**
 * Print every section open, then put the reader's sections back as they were. Practice solutions
 * (`details.cks-solution`) stay as they are: a task sheet prints without its answers.
 */
export function openSectionsForPrint(): void {
	let closed: HTMLDetailsElement[] = [];
	addEventListener('beforeprint', () => {
		closed = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open]):not(.cks-solution)')];
		for (const details of closed) details.open = true;
	});
	addEventListener('afterprint', () => {
		for (const details of closed) details.open = false;
		closed = [];
	});
}
