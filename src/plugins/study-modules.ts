/**
 * Modules the build writes for the progress scripts: the progress validator as ajv standalone code,
 * and the ids of every topic and task per domain. Both are bundled into the scripts' hashed files,
 * so a page carries no copy of them.
 */
import type { Plugin } from 'vite';
import { idsOnly, readCatalogue } from '../study/catalogue.ts';
import { progressValidatorModule } from '../study/progress-validator.ts';

const modules: Record<string, () => string> = {
	'virtual:cks-progress-validator': progressValidatorModule,
	'virtual:cks-study-catalogue': () => `export default ${JSON.stringify(idsOnly(readCatalogue()))};`,
	// With titles, for pages: read here because a page's own code runs from dist/, away from content/.
	'virtual:cks-study-catalogue-titled': () => `export default ${JSON.stringify(readCatalogue())};`,
};

export function studyModules(): Plugin {
	return {
		name: 'cks-study-modules',
		resolveId(id) {
			return id in modules ? `\0${id}` : undefined;
		},
		load(id) {
			const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
			return make?.();
		},
	};
}

/** The modules every page's progress marks load (src/scripts/progress-marks.ts), bundled as one file. */
export const PROGRESS_MARKS_MODULES = /[\\/]src[\\/](scripts[\\/]progress-marks|study[\\/](progress-read|progress-shape|progress-schema|progress|coverage|safe-storage))\.ts$/;
