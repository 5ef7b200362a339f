import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { taskSchema } from './practice/schema.ts';

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema(),
	}),
	/** Practice tasks, one MDX file each: content/practice/<domain>/<id>.mdx (see src/practice/schema.ts). */
	practice: defineCollection({
		loader: glob({ pattern: '**/*.mdx', base: './content/practice', generateId: ({ data }) => String(data['id']) }),
		schema: taskSchema,
	}),
};
