import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Text } from 'hast';
import { reviewMarks } from './review-marks.ts';

const marks = reviewMarks(new Map([['11-network-security-policies', { id: '1.1', title: '1.1 Network security policies' }]]));

test('a numbered topic gets a Reviewed toggle kept under its number, named with its title', () => {
	const button = marks('11-network-security-policies') as Element;
	assert.equal(button.tagName, 'button');
	assert.equal(button.properties['type'], 'button');
	assert.equal(button.properties['dataCksTopic'], '1.1');
	assert.equal(button.properties['aria-pressed'], 'false');
	const text = (node: Element | Text): string => (node.type === 'text' ? node.value : node.children.map((child) => text(child as Element)).join(''));
	assert.equal(text(button), 'Reviewed 1.1 Network security policies');
});

test('other headings get none', () => {
	assert.equal(marks('default-deny-all-ingress-and-egress'), undefined);
});
