import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, RootContent } from 'hast';
import { wrapSections } from './collapsible-sections.ts';

const el = (tagName: string, properties: Element['properties'], ...children: Element['children']): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string) => ({ type: 'text' as const, value });
const p = (value: string) => el('p', {}, text(value));
/** Starlight's heading with its anchor link. */
const heading = (level: number, id: string) =>
	el('div', { className: ['sl-heading-wrapper', `level-h${level}`] }, el(`h${level}`, { id }, text(id)), el('a', { href: `#${id}` }));

const details = (node: RootContent | undefined) => (node as Element).children[0] as Element;
const summaryHeading = (node: RootContent | undefined) =>
	((details(node).children[0] as Element).children[0] as Element).properties['id'];

test('each h2 and its content up to the next h2 become one open <details>', () => {
	const result = wrapSections([p('intro'), heading(2, 'a'), p('a body'), heading(2, 'b'), p('b body')]);
	assert.equal(result.length, 3);
	assert.deepEqual(result[0], p('intro'));
	assert.equal(details(result[1]).tagName, 'details');
	assert.equal(details(result[1]).properties['open'], true);
	assert.equal(summaryHeading(result[1]), 'a');
	assert.deepEqual(details(result[1]).children.slice(1), [p('a body')]);
	assert.equal(summaryHeading(result[2]), 'b');
});

test('the heading anchor link is kept outside the summary, so it is not nested in it', () => {
	const [section] = wrapSections([heading(2, 'a'), p('body')]);
	const wrapper = section as Element;
	assert.equal(wrapper.children.length, 2);
	assert.equal((wrapper.children[1] as Element).tagName, 'a');
});

test('h3 sections nest inside their h2 section, and h4 headings stay plain', () => {
	const [section] = wrapSections([heading(2, 'a'), heading(3, 'a1'), p('x'), heading(4, 'deep'), p('y'), heading(3, 'a2')]);
	const body = details(section).children.slice(1);
	assert.equal(body.length, 2);
	assert.equal(summaryHeading(body[0] as RootContent), 'a1');
	assert.equal(summaryHeading(body[1] as RootContent), 'a2');
	const a1Body = details(body[0] as RootContent).children.slice(1);
	assert.equal(a1Body.length, 3);
});

test('a page without section headings is unchanged', () => {
	const nodes = [p('one'), p('two')];
	assert.deepEqual(wrapSections(nodes), nodes);
});

test('a footer for a section id ends that section, after its sub-sections', () => {
	const footer = (id: string) => (id === 'a' ? p('practise a') : undefined);
	const [first, second] = wrapSections([heading(2, 'a'), p('x'), heading(3, 'a1'), p('y'), heading(2, 'b'), p('z')], 0, footer);
	const body = details(first).children.slice(1);
	assert.deepEqual(body.at(-1), p('practise a'));
	assert.equal(summaryHeading(body.at(-2) as RootContent), 'a1');
	assert.equal(details(second).children.length, 2);
});

test('a control for a section id comes first in its section, before the <details>, so it is outside the summary', () => {
	const control = (id: string) => (id === 'a1' ? el('button', { type: 'button' }, text('Reviewed')) : undefined);
	const [first] = wrapSections([heading(2, 'a'), heading(3, 'a1'), p('y'), heading(2, 'b')], 0, undefined, control);
	const wrapper = first as Element;
	assert.equal((wrapper.children[0] as Element).tagName, 'details', 'no control for a');
	const sub = details(first).children[1] as Element;
	assert.deepEqual(sub.children.map((child) => (child as Element).tagName), ['button', 'details', 'a']);
});
