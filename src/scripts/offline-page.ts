/** Lists the pages this browser holds on the offline page (src/components/SavedPages.astro). */
import { canKeepCopy, savedPages } from '../offline/copy.ts';

class SavedPages extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const summary = this.querySelector<HTMLElement>('[data-summary]')!;
		const list = this.querySelector<HTMLElement>('[data-list]')!;
		const pages = (await canKeepCopy()) ? await savedPages().catch(() => []) : [];
		summary.textContent = pages.length
			? `${pages.length} ${pages.length === 1 ? 'page is' : 'pages are'} saved in this browser:`
			: 'No page is saved in this browser yet.';
		list.replaceChildren(
			...pages.map(({ url, title }) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = url;
				link.textContent = title;
				item.append(link);
				return item;
			}),
		);
	}
}

customElements.define('cks-saved-pages', SavedPages);
