/** What an import needs beyond the schema: a size limit, and the reason a file was refused. */
import type { ProgressValidator } from './progress-schema.ts';

/** A larger file is refused before it is parsed: a full record is a few tens of kilobytes. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** The first reason a record failed, for a reader: `/topics/x/at must match pattern ...`. */
export function firstError(validate: ProgressValidator): string {
	const error = validate.errors?.[0];
	if (!error) return 'it is not a progress record';
	return `${error.instancePath || 'the file'} ${error.message ?? 'is not valid'}`.slice(0, 200);
}
