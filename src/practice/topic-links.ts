/** Links from practice tasks to the topics of the notes they practise, with the topics' headings. */
import { getEntry, render } from 'astro:content';
import { withBase } from '../plugins/base-links.ts';

export interface TopicLink {
	href: string;
	/** The heading: `1.1 Network security policies`. */
	title: string;
}

const headingsByDomain = new Map<string, Promise<Map<string, string>>>();

function domainHeadings(domainSlug: string): Promise<Map<string, string>> {
	let headings = headingsByDomain.get(domainSlug);
	if (!headings) {
		headings = (async () => {
			const entry = await getEntry('docs', domainSlug);
			if (!entry) throw new Error(`no page content/docs/${domainSlug}.mdx`);
			const rendered = await render(entry);
			return new Map(rendered.headings.map(({ slug, text }) => [slug, text]));
		})();
		headingsByDomain.set(domainSlug, headings);
	}
	return headings;
}

export async function topicLinks(domainSlug: string, ids: readonly string[]): Promise<TopicLink[]> {
	const headings = await domainHeadings(domainSlug);
	return ids.map((id) => {
		const title = headings.get(id);
		if (!title) throw new Error(`practice task: ${domainSlug} has no topic #${id}`);
		return { href: withBase(`/${domainSlug}/#${id}`, import.meta.env.BASE_URL), title };
	});
}
