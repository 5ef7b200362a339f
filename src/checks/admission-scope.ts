import type { Aside, CodeBlock, Page, Problem } from './content.ts';
import { parseYamlBlock, type YamlDocument } from './yaml-syntax.ts';

/** Bindings of the in-process admission policies: without `matchResources` they match every namespace. */
const bindingKinds = new Set(['ValidatingAdmissionPolicyBinding', 'MutatingAdmissionPolicyBinding']);

/** Lines after the block within which the aside must start. */
export const asideWithin = 15;

/**
 * An admission policy binding is scoped: its `spec.matchResources` selects what it applies to. Without it
 * (or with an empty one) the policy applies to every namespace, kube-system, the CNI and mirror Pods
 * included, which can break the cluster. A binding that is cluster-wide on purpose says so: a
 * `:::caution`, `:::danger`, `:::note` or `:::tip` aside in the same section, starting at most 15 lines
 * after the block (or around it), contains the word "cluster-wide".
 */
export function checkAdmissionScope(pages: Page[]): Problem[] {
	return pages.flatMap((page) =>
		page.codeBlocks
			.filter((block) => block.lang === 'yaml')
			.flatMap((block) => {
				const unscoped = parseYamlBlock(block).documents.filter(isUnscopedBinding);
				if (unscoped.length === 0 || saysClusterWide(page, block)) return [];
				return unscoped.map((document) => problem(block, document));
			}),
	);
}

function isUnscopedBinding({ value }: YamlDocument): boolean {
	const { apiVersion, kind, spec } = (value ?? {}) as Record<string, unknown>;
	if (!String(apiVersion).startsWith('admissionregistration.k8s.io/') || !bindingKinds.has(String(kind))) return false;
	const matchResources = (spec ?? {}) as Record<string, unknown>;
	const scope = matchResources['matchResources'];
	return scope === undefined || scope === null || (typeof scope === 'object' && Object.keys(scope).length === 0);
}

function problem(block: CodeBlock, document: YamlDocument): Problem {
	const { kind, metadata } = document.value as { kind: string; metadata?: { name?: unknown } };
	const name = metadata?.name === undefined ? '' : ` ${String(metadata.name)}`;
	return {
		file: block.file,
		line: document.lineOf([]),
		message:
			`${kind}${name} has no spec.matchResources, so it applies to every namespace (kube-system included): ` +
			`scope it with a namespaceSelector, or say it is cluster-wide on purpose in a :::caution/:::danger/:::note/:::tip ` +
			`aside within ${asideWithin} lines after the block`,
	};
}

const asideVariants = new Set(['caution', 'danger', 'note', 'tip']);

function saysClusterWide(page: Page, block: CodeBlock): boolean {
	const headingBetween = (from: number, to: number) => page.headings.some((heading) => heading.line > from && heading.line < to);
	const placed = ({ line, endLine }: Aside) =>
		(line > block.endLine && line - block.endLine <= asideWithin && !headingBetween(block.endLine, line)) ||
		(line < block.line && endLine > block.endLine);
	return page.asides.some((aside) => asideVariants.has(aside.variant) && placed(aside) && /cluster-wide/i.test(aside.text));
}
