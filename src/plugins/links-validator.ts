import type { StarlightPlugin } from '@astrojs/starlight/types';
import starlightLinksValidator, { type StarlightLinksValidatorOptions } from 'starlight-links-validator';

type ConfigSetup = NonNullable<StarlightPlugin['hooks']['config:setup']>;

/**
 * starlight-links-validator assumes docs live in `<srcDir>/content/docs`, but ours live in the
 * top-level `content/docs`. Running its setup with `srcDir` set to the project root makes it map
 * each Markdown file to the right page, so broken links and anchors fail the build.
 */
export function contentLinksValidator(options?: Partial<StarlightLinksValidatorOptions>): StarlightPlugin {
	const plugin = starlightLinksValidator(options);
	const setup = plugin.hooks['config:setup'] as ConfigSetup;
	return {
		name: 'cks-notes-links-validator',
		hooks: {
			'config:setup'(params) {
				const astroConfig = { ...params.astroConfig, srcDir: new URL('./', params.astroConfig.root) };
				return setup({ ...params, astroConfig });
			},
		},
	};
}
