import type { Page, Problem } from './content.ts';
import { kubernetesModelsVersion, validateApiObjects } from './kubernetes-api.ts';
import { validateWithShippedSchema, type ConstraintParameters } from './shipped-schemas.ts';
import { parseYamlBlock, yamlBlocks, type YamlDocument } from './yaml-syntax.ts';

type KubernetesObject = Record<string, unknown> & { apiVersion: string; kind: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

const isKubernetesObject = (value: unknown): value is KubernetesObject =>
	isObject(value) && typeof value['apiVersion'] === 'string' && typeof value['kind'] === 'string';

/** `spec.containers[0].name` */
const pathText = (path: (string | number)[]): string =>
	path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index ? '.' : ''}${segment}`)).join('');

/**
 * Every YAML document that has an apiVersion and a kind is validated: API objects against the
 * Kubernetes schema of kubernetes-models, config files and custom resources against the schemas shipped
 * in `schemas/`. An object no schema covers fails, so that nothing passes unvalidated. A YAML document
 * without apiVersion and kind must be in a block that says what it is: `fragment` (deliberately partial)
 * or `title="…"` (the whole of a file that is not a Kubernetes object, such as Falco rules).
 */
export async function checkKubernetesSchema(pages: Page[]): Promise<Problem[]> {
	const documents = yamlBlocks(pages).flatMap((block) => parseYamlBlock(block).documents);
	const constraintParameters = gatekeeperConstraintParameters(documents);
	const objects = documents.flatMap((document) => (isKubernetesObject(document.value) ? [document.value] : []));
	const apiErrors = new Map(zip(objects, await validateApiObjects(objects)));
	const problems: Problem[] = [];
	for (const { block, value, lineOf } of documents) {
		const problem = (path: (string | number)[], message: string) => problems.push({ file: block.file, line: lineOf(path), message });
		if (!isKubernetesObject(value)) {
			if (!block.meta.fragment && block.meta.title === undefined) {
				problem([], 'YAML that is not a whole Kubernetes object (no apiVersion and kind): complete it, mark the fence `fragment` if it is deliberately partial, or name the file it is with title="…"');
			}
			continue;
		}
		const type = `${value.apiVersion}/${value.kind}`;
		const fromModels = apiErrors.get(value);
		const errors = fromModels ?? validateWithShippedSchema(value, constraintParameters);
		if (!errors) {
			problem([], `no schema for ${type}`);
			continue;
		}
		const source = fromModels ? `Kubernetes ${kubernetesModelsVersion} API schema` : 'shipped schema';
		for (const { path, message } of errors) problem(path, `${type} ${pathText(path) || '(root)'}: ${message} (${source})`);
	}
	return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

const zip = <A, B>(as: A[], bs: B[]): [A, B][] => as.map((a, index) => [a, bs[index] as B]);

/** The parameters schema of each constraint kind that a ConstraintTemplate in the content defines. */
function gatekeeperConstraintParameters(documents: YamlDocument[]): ConstraintParameters {
	const parameters: ConstraintParameters = new Map();
	for (const { value } of documents) {
		if (!isKubernetesObject(value) || value.kind !== 'ConstraintTemplate') continue;
		const crd = (value['spec'] as { crd?: { spec?: { names?: { kind?: string }; validation?: { openAPIV3Schema?: unknown } } } })?.crd?.spec;
		if (crd?.names?.kind) parameters.set(crd.names.kind, crd.validation?.openAPIV3Schema ?? {});
	}
	return parameters;
}
