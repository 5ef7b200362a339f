import assert from 'node:assert/strict';
import { test } from 'node:test';

/**
 * The npm scripts run on the project's own Node.js (the `node` devDependency, first on PATH for
 * scripts), whatever older Node.js ran `npm` itself: Astro needs 22.12 or newer.
 */
test('the scripts run on Node.js 22.12 or newer, whatever Node.js started npm', () => {
	const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
	assert.ok(major > 22 || (major === 22 && minor >= 12), `npm test ran on Node.js ${process.versions.node}`);
});
