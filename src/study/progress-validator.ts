/**
 * The progress validator: ajv compiles the JSON Schema, in Node for tests, and as standalone code (no
 * ajv in the browser bundle) for `virtual:cks-progress-validator`, which pages load before a write
 * or an import.
 */
import { Ajv, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { progressSchema } from './progress-json-schema.ts';
import type { ProgressValidator } from './progress-schema.ts';

const options: Options = { allErrors: false, strict: true };

export const compileProgressValidator = (): ProgressValidator => new Ajv(options).compile(progressSchema);

/** An ES module whose default export is the validator, with no imports. */
export function progressValidatorModule(): string {
	const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
	const code = standaloneCode(ajv, ajv.compile(progressSchema));
	if (/\brequire\(/.test(code)) throw new Error('the progress validator needs an ajv runtime helper; keep the schema within plain checks');
	return code;
}
