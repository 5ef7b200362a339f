/**
 * html-validate's recommended rules for every built page (`npm run test:html`), with the
 * exceptions below, each for markup that Astro, Starlight or Expressive Code write and that is
 * valid HTML or checked in the browser instead. (A JavaScript config rather than
 * `.htmlvalidate.json`: html-validate rejects any key its schema does not know, so a JSON config
 * cannot say why.)
 */
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Expressive Code writes each line of a code block as `<div class="ec-line">` inside `<code>`,
			// and its copy button's icon as a `<div>` inside `<button>` (its CSS selects those divs).
			// Browsers render both as intended; the content model asks for phrasing content.
			code: { permittedContent: ['@phrasing', 'div'] },
			button: {
				permittedContent: ['@phrasing', 'div'],
				// Expressive Code's copy button is named by its `title`, which is a valid accessible name
				// (HTML-AAM) that this rule does not count. axe's button-name rule checks every button's
				// name in the rendered pages (e2e/a11y.spec.ts).
				textContent: 'default',
			},
		},
	],
	rules: {
		// Astro writes some void elements self-closed (`<meta ... />`) and some not (`<br>`); both forms
		// are valid HTML, and the choice is the generator's.
		'void-style': 'off',
		// HTML allows any id without spaces. Heading ids are slugs of numbered headings ("341-seccomp-
		// profiles") that everyone links to; Starlight's page title is `_top`.
		'valid-id': ['error', { relaxed: true }],
		// Inline `display` (the default) and Starlight's search dialog's `padding:0`. Custom properties
		// set in style attributes (icon sizes, Expressive Code token colours) are not flagged.
		'no-inline-style': ['error', { allowedProperties: ['display', 'padding'] }],
		// `type` only matters for a button inside a form; the built pages have no forms (Starlight's
		// buttons and Expressive Code's copy buttons omit it).
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice, for phones and for wide screens, both labelled
		// "On this page"; CSS shows one at a time, and axe's landmark-unique rule checks what is shown.
		'unique-landmark': 'off',
	},
};
