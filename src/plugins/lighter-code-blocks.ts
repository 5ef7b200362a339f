import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';

/**
 * Makes the code blocks that Expressive Code renders lighter to download, with the same look and
 * behaviour. The domain pages are mostly code: their notes went over the first-visit budget of
 * e2e/budgets.spec.ts on code-block markup alone.
 *
 * - Each copy button carried a second copy of its block's code (`data-code`). The button now
 *   reads the code from the block when clicked: see `COPY_FROM_BLOCK`.
 * - Tokens in the themes' default text colour were wrapped in a `<span>` that set that same
 *   colour; their text now inherits it from the block.
 */
export function lighterCodeBlocks(): ExpressiveCodePlugin {
	return definePlugin({
		name: 'cks-notes-lighter-code-blocks',
		jsModules: [COPY_FROM_BLOCK],
		hooks: {
			postprocessRenderedBlock({ renderData, config }) {
				const button = select('.copy button[data-code]', renderData.blockAst);
				if (!button) throw new Error('Expressive Code no longer renders a copy button with data-code: update lighterCodeBlocks()');
				delete button.properties['dataCode'];
				const defaultColours = config.themes.map((theme, index) => `--${index}:${theme.fg}`.toLowerCase()).join(';');
				renderData.blockAst = unwrapSpans(renderData.blockAst, (style) => style.toLowerCase() === defaultColours);
			},
		},
	});
}

/**
 * Runs before Expressive Code's own click handler (capture phase) and gives the button the
 * `data-code` it expects: the text of the block's lines (an empty line holds a newline, to keep
 * its height), without the comment lines of terminal
 * blocks (Expressive Code's `removeCommentsWhenCopyingTerminalFrames`, on by default), with
 * newlines written as U+007F as Expressive Code writes them.
 */
const COPY_FROM_BLOCK = `
document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest('.expressive-code .copy button') : null;
	const block = button?.closest('figure');
	if (!button || !block || button.dataset.code) return;
	let code = [...block.querySelectorAll('pre > code > .ec-line > .code')].map((line) => line.textContent.replace(/\\n/g, '')).join('\\n');
	if (block.classList.contains('is-terminal')) code = code.replace(/(?<=^|\\n)\\s*#.*($|\\n+)/g, '').trim();
	button.dataset.code = code.replace(/\\n/g, '\\u007f');
}, true);
`;

/** Replaces each `<span>` whose only attribute is a style that `isRedundant` accepts with its children. */
function unwrapSpans(node: Element, isRedundant: (style: string) => boolean): Element {
	const children: ElementContent[] = [];
	for (const child of node.children) {
		if (child.type !== 'element') {
			children.push(child);
			continue;
		}
		const unwrapped = unwrapSpans(child, isRedundant);
		const { style, ...others } = unwrapped.properties;
		const redundant = unwrapped.tagName === 'span' && typeof style === 'string' && Object.keys(others).length === 0 && isRedundant(style);
		children.push(...(redundant ? unwrapped.children : [unwrapped]));
	}
	return { ...node, children };
}
