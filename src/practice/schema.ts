/**
 * The frontmatter of a practice task (content/practice/<domain>/<id>.mdx), checked by Astro's
 * content collection at build time and by src/checks/practice.ts in `npm test`.
 */
import { z } from 'astro/zod';
import { domains } from '../domains.ts';
import { ENVIRONMENT_IDS } from './environments.ts';

const domainSlugs = domains.map(({ slug }) => slug) as [string, ...string[]];

/** `1.1-a`: the domain's number, the number of the task's main topic, a letter. */
export const TASK_ID = /^[1-6]\.\d{1,2}-[a-z]$/;

/** A step the candidate ticks when scoring a mock exam: what a grader would check, with its points. */
export const checkSchema = z.strictObject({
	text: z.string().min(10).max(200),
	points: z.number().int().min(1).max(8),
});

export const taskSchema = z
	.strictObject({
		id: z.string().regex(TASK_ID, 'an id like 1.1-a'),
		title: z.string().min(10).max(90),
		domain: z.enum(domainSlugs),
		/** Heading ids of the numbered topics, on the domain's page, that the task practises. */
		topics: z.array(z.string().regex(/^\d{2,3}-[a-z0-9-]+$/, 'a topic heading id like 11-network-security-policies')).min(1),
		/** The kubectl context the task is done in, as the exam names one per task. */
		context: z.string().regex(/^cks-[a-z0-9-]+$/),
		minutes: z.number().int().min(3).max(20),
		points: z.number().int().min(2).max(10),
		difficulty: z.enum(['easy', 'medium', 'hard']),
		environment: z.array(z.enum(ENVIRONMENT_IDS)).min(1),
		checks: z.array(checkSchema).min(1).max(6),
	})
	.superRefine((task, context) => {
		const sum = task.checks.reduce((total, check) => total + check.points, 0);
		if (sum !== task.points) {
			context.addIssue({ code: 'custom', path: ['checks'], message: `the checks' points add up to ${sum}, not the task's ${task.points}` });
		}
		const domain = domains.find(({ slug }) => slug === task.domain);
		if (domain && !task.id.startsWith(`${domain.number}.`)) {
			context.addIssue({ code: 'custom', path: ['id'], message: `a ${task.domain} task's id starts with ${domain.number}.` });
		}
	});

export type Task = z.infer<typeof taskSchema>;
