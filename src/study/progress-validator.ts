/**
 * The progress validators: ajv compiles the schemas, in Node for tests, and as standalone code (no
 * ajv in the browser bundle) for the `virtual:cks-*-validator` modules.
 */
import { Ajv, type Options } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { marksSchema, progressSchema } from './progress-json-schema.ts';
import type { ProgressValidator } from './progress-schema.ts';

const options: Options = { allErrors: false, strict: true };
/** Every page's marks need only pass or fail: no messages, less code. */
const marksOptions: Options = { ...options, messages: false };

export const compileProgressValidator = (): ProgressValidator => new Ajv(options).compile(progressSchema);
export const compileMarksValidator = (): ProgressValidator => new Ajv(marksOptions).compile(marksSchema);

/** An ES module whose default export is the validator, with no imports. */
function standalone(schema: object, settings: Options): string {
	const ajv = new Ajv({ ...settings, code: { source: true, esm: true } });
	const code = standaloneCode(ajv, ajv.compile(schema));
	if (/\brequire\(/.test(code)) throw new Error('a progress validator needs an ajv runtime helper; keep the schema within plain checks');
	return code;
}

export const progressValidatorModule = (): string => standalone(progressSchema, options);
export const marksValidatorModule = (): string => standalone(marksSchema, marksOptions);
