import type { AstroIntegration } from 'astro';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links.ts';
import { collapsibleSectionsPlugin } from './collapsible-sections.ts';
import { examLinkBadgesPlugin } from './exam-link-badges.ts';
import { practiseLinks } from './practise-links.ts';
import { readTasks } from '../practice/task-files.ts';
import { readCatalogue } from '../study/catalogue.ts';
import { reviewMarks } from './review-marks.ts';

/**
 * Adds the site's Markdown transforms to Astro's Sätteri processor (used by `.md` and `.mdx`).
 * It must be listed after Starlight so these run after Starlight's heading anchors exist.
 */
export function cksMarkdown(): AstroIntegration {
	return {
		name: 'cks-notes-markdown',
		hooks: {
			'astro:config:setup'({ config }) {
				const processor = config.markdown.processor;
				const topics = new Map(readCatalogue().flatMap(({ topics }) => topics.map((topic) => [topic.anchor, topic] as const)));
				if (!processor || !isSatteriProcessor(processor)) {
					throw new Error('CKS Notes needs the Sätteri Markdown processor (Astro’s default).');
				}
				processor.options.hastPlugins.push(
					baseLinksPlugin(config.base),
					examLinkBadgesPlugin(),
					collapsibleSectionsPlugin(practiseLinks(readTasks(), config.base), reviewMarks(topics)),
				);
			},
		},
	};
}
