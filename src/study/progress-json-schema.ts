/**
 * The JSON Schema of the progress record (types: progress-schema.ts). ajv checks it: compiled to
 * standalone validators for the browser (`virtual:cks-progress-validator`,
 * `virtual:cks-marks-validator`) and at test time; browser code never imports this file. Every
 * string has a pattern, every number a range and every list a size, so a hostile file (markup, huge
 * numbers, deep nesting) fails here before anything reads it. Lengths are bounded by the patterns
 * (no `maxLength`, whose Unicode-aware count would need an ajv runtime helper in standalone code).
 */
import { PROGRESS_VERSION } from './progress-schema.ts';

const timestamp = {
	type: 'string',
	pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z$',
} as const;

const mark = (flag: 'reviewed' | 'solved') =>
	({
		type: 'object',
		additionalProperties: false,
		required: [flag, 'at'],
		properties: { [flag]: { type: 'boolean' }, at: timestamp },
	}) as const;

const domainSlug = { type: 'string', pattern: '^[a-z][a-z-]{0,58}[a-z]$' } as const;
const points = { type: 'integer', minimum: 0, maximum: 1000 } as const;

export const progressSchema = {
	$id: 'https://cks-notes.local/schemas/progress-v1.json',
	title: 'CKS Notes study progress',
	type: 'object',
	additionalProperties: false,
	required: ['version', 'topics', 'tasks', 'mockExams'],
	properties: {
		version: { const: PROGRESS_VERSION },
		/** Topic numbers: `1.1`, `3.4.1`. */
		topics: {
			type: 'object',
			maxProperties: 1000,
			propertyNames: { pattern: '^[1-9](\\.[0-9]{1,2}){1,3}$' },
			additionalProperties: mark('reviewed'),
		},
		/** Practice task ids: `1.1-a`. */
		tasks: {
			type: 'object',
			maxProperties: 1000,
			propertyNames: { pattern: '^[1-9]\\.[0-9]{1,2}-[a-z]$' },
			additionalProperties: mark('solved'),
		},
		mockExams: {
			type: 'array',
			maxItems: 500,
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['exam', 'at', 'score', 'max', 'percent', 'passed', 'domains'],
				properties: {
					exam: { type: 'string', pattern: '^mock-exam-[a-z0-9]{1,20}$' },
					at: timestamp,
					score: points,
					max: { ...points, minimum: 1 },
					percent: { type: 'integer', minimum: 0, maximum: 100 },
					passed: { type: 'boolean' },
					domains: {
						type: 'array',
						maxItems: 12,
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['domain', 'score', 'max'],
							properties: { domain: domainSlug, score: points, max: points },
						},
					},
				},
			},
		},
	},
} as const;
