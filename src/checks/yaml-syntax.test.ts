import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertProblems, page } from './testing.ts';
import { checkYamlSyntax, parseYamlBlock } from './yaml-syntax.ts';

test('YAML that does not parse fails at the line of the error in the MDX file', () => {
	const problems = checkYamlSyntax([
		page('# x', '', '- item', '', '  ```yaml', '  spec:', '    containers:', '    - name: a', '     image: b', '  ```'),
	]);
	assertProblems(problems, ['fixture.mdx:9: YAML: Sequence item without - indicator']);
});

test('a duplicate key fails at the second one, in any document of the block', () => {
	const problems = checkYamlSyntax([page('```yaml fragment', 'a: 1', '---', 'b: 1', 'c: 2', 'b: 3', '```')]);
	assertProblems(problems, ['fixture.mdx:6: YAML: Map keys must be unique']);
});

test('YAML 1.2: `on` and `yes` are strings, multi-document blocks give one value per document', () => {
	const [block] = page('```yaml', 'a: on', '---', 'b: yes', '```').codeBlocks;
	const { documents, problems } = parseYamlBlock(block!);
	assert.deepEqual(problems, []);
	assert.deepEqual(documents.map((document) => document.value), [{ a: 'on' }, { b: 'yes' }]);
	assert.equal(documents[1]?.lineOf(['b']), 4);
});
