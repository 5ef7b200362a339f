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
 * - The other tokens set their two colours (dark, light) in a `style` attribute, one of a dozen
 *   pairs repeated thousands of times; the common pairs are now a class, with its colours in the
 *   code blocks' stylesheet (`TOKEN_CLASSES`). A pair not in the table keeps its `style`.
 */
export function lighterCodeBlocks(): ExpressiveCodePlugin {
	return definePlugin({
		name: 'cks-notes-lighter-code-blocks',
		jsModules: [COPY_FROM_BLOCK],
		baseStyles: TOKEN_STYLES,
		hooks: {
			postprocessRenderedBlock({ renderData, config }) {
				const button = select('.copy button[data-code]', renderData.blockAst);
				if (!button) throw new Error('Expressive Code no longer renders a copy button with data-code: update lighterCodeBlocks()');
				delete button.properties['dataCode'];
				const defaultColours = config.themes.map((theme, index) => `--${index}:${theme.fg}`.toLowerCase()).join(';');
				renderData.blockAst = classifySpans(unwrapSpans(renderData.blockAst, (style) => style.toLowerCase() === defaultColours));
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

/**
 * Token colour pairs of Starlight's themes (Night Owl dark, `--0`; Night Owl light, `--1`), by how
 * often the notes use them, each with the class that replaces its `style`.
 */
export const TOKEN_CLASSES: Readonly<Record<string, string>> = {
	'--0:#ECC48D;--1:#3B61B0': 't0',
	'--0:#7FDBCA;--1:#111111': 't1',
	'--0:#82AAFF;--1:#3B61B0': 't2',
	'--0:#D9F5DD;--1:#111111': 't3',
	'--0:#ECC48D;--1:#984E4D': 't4',
	'--0:#919F9F;--1:#5F636F': 't5',
	'--0:#C5E478;--1:#3B61B0': 't6',
	'--0:#7FDBCA;--1:#096E72': 't7',
	'--0:#F78C6C;--1:#AA0982': 't8',
	'--0:#FF6A83;--1:#A24848': 't9',
	'--0:#C792EA;--1:#8844AE': 'ta',
	'--0:#C789D6;--1:#7C5686': 'tb',
};

/** The colours of the token classes, in the dark theme and, as Expressive Code does, every other. */
const TOKEN_STYLES = [
	...Object.entries(TOKEN_CLASSES).map(([style, name]) => `.ec-line .${name}{${style}}`),
	`.ec-line :is(${Object.values(TOKEN_CLASSES).map((name) => `.${name}`).join(',')}){color:var(--0)}`,
	`:root:not([data-theme='dark']) .ec-line :is(${Object.values(TOKEN_CLASSES).map((name) => `.${name}`).join(',')}){color:var(--1)}`,
].join('\n');

/** Gives each `<span>` whose only attribute is a style in `TOKEN_CLASSES` that class instead. */
function classifySpans(node: Element): Element {
	const children = node.children.map((child): ElementContent => {
		if (child.type !== 'element') return child;
		const classified = classifySpans(child);
		const { style, ...others } = classified.properties;
		const name = typeof style === 'string' && Object.keys(others).length === 0 ? TOKEN_CLASSES[style] : undefined;
		return classified.tagName === 'span' && name ? { ...classified, properties: { className: [name] } } : classified;
	});
	return { ...node, children };
}

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
