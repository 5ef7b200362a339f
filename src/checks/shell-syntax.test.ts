import { test } from 'node:test';
import { checkShellSyntax } from './shell-syntax.ts';
import { assertProblems, page } from './testing.ts';

test('a sh or bash block that bash -n rejects fails at the line bash names', () => {
	const problems = checkShellSyntax([
		page('```sh', 'echo ok', 'if true; then', '  done', 'fi', '```', '', '```bash', 'for x in a b; do echo "$x"; done', '```'),
	]);
	assertProblems(problems, ["fixture.mdx:4: bash -n: syntax error near unexpected token `done'"]);
});

test('a <placeholder> outside a comment fails: the shell reads it as a redirect', () => {
	const problems = checkShellSyntax([
		page('```sh', '# replace <pod> with yours', 'POD=mypod  # your <pod>', 'kubectl logs <pod> -n default', 'cat <<EOF', 'x', 'EOF', '```'),
	]);
	assertProblems(problems, ['fixture.mdx:4: <pod> in a shell block is a redirect']);
});

test('text blocks are not shell scripts', () => {
	assertProblems(checkShellSyntax([page('```text', 'check status  systemctl status (apparmor', '```')]), []);
});
