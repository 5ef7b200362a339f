import type { CodeBlock, Page, Problem } from './content.ts';
import { parseYamlBlock, type YamlDocument } from './yaml-syntax.ts';

/** What a policy's rules are written in, and whether it must name `ephemeralContainers` too. */
interface PolicyText {
	label: string;
	/** The expressions, Rego or rules that look at the object. */
	text: string;
	/** Ephemeral containers (`kubectl debug`) go through admission as an update of the Pod. */
	needsEphemeral: boolean;
}

/** The written rules of an admission policy document: CEL, Rego or a Kyverno spec; undefined for any other document. */
function policyText(value: unknown): PolicyText | undefined {
	const { apiVersion, kind, metadata, spec } = (value ?? {}) as Record<string, unknown>;
	const group = String(apiVersion).split('/')[0] ?? '';
	const name = (metadata as { name?: unknown } | undefined)?.name;
	const label = `${String(kind)}${name === undefined ? '' : ` ${String(name)}`}`;
	const specObject = (spec ?? {}) as Record<string, unknown>;
	if (group === 'admissionregistration.k8s.io' && (kind === 'ValidatingAdmissionPolicy' || kind === 'MutatingAdmissionPolicy')) {
		// CEL: validations, variables, match conditions, audit annotations, mutations.
		const cel = ['validations', 'variables', 'matchConditions', 'auditAnnotations', 'mutations'].map((key) => specObject[key]);
		return { label, text: JSON.stringify(cel), needsEphemeral: true };
	}
	if (group === 'templates.gatekeeper.sh' && kind === 'ConstraintTemplate') {
		// Rego (`rego`, `libs`) or CEL (`code`) of each target.
		return { label, text: JSON.stringify(specObject['targets'] ?? []), needsEphemeral: true };
	}
	if (group === 'kyverno.io' || group.endsWith('.kyverno.io')) {
		// Patterns, CEL and JMESPath all sit in the spec.
		return { label, text: JSON.stringify(spec ?? {}), needsEphemeral: false };
	}
	return undefined;
}

const mentions = (text: string, word: string) => new RegExp(`(?<![A-Za-z])${word}(?![A-Za-z])`).test(text);

/** A comment line (YAML, or Rego inside it) that says why only spec.containers is checked. */
const reasonGiven = (block: CodeBlock) => block.value.split('\n').some((line) => /^\s*#.*only spec\.containers/.test(line));

/**
 * A policy that inspects `containers` covers every container list of a Pod: `initContainers` too, and
 * for a ValidatingAdmissionPolicy or Gatekeeper ConstraintTemplate `ephemeralContainers` (added to a
 * running Pod by `kubectl debug`), or a container from the other lists slips through. A block whose
 * comment line says "only spec.containers" (and why) is exempt.
 */
export function checkContainerLists(pages: Page[]): Problem[] {
	return pages.flatMap((page) =>
		page.codeBlocks
			.filter((block) => block.lang === 'yaml' && !reasonGiven(block))
			.flatMap((block) => parseYamlBlock(block).documents.flatMap((document) => missingLists(block, document))),
	);
}

function missingLists(block: CodeBlock, document: YamlDocument): Problem[] {
	const policy = policyText(document.value);
	if (!policy || !mentions(policy.text, 'containers')) return [];
	const missing = ['initContainers', ...(policy.needsEphemeral ? ['ephemeralContainers'] : [])].filter(
		(list) => !mentions(policy.text, list),
	);
	if (missing.length === 0) return [];
	return [
		{
			file: block.file,
			line: document.lineOf([]),
			message:
				`${policy.label} inspects containers but not ${missing.join(' or ')}: ` +
				`Pods with those pass unchecked; cover every list, or add a comment line saying why "only spec.containers"`,
		},
	];
}
