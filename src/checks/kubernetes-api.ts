/**
 * Validates Kubernetes API objects offline with `kubernetes-models`, whose models are generated from the
 * OpenAPI spec of Kubernetes v1.36.0 (kubernetes-models 5.0.0 changelog: "Update to Kubernetes v1.36.0";
 * pod fields such as `hostnameOverride` and `schedulingGroup` confirm it), merged with the specs of older
 * releases so that removed API versions still have models.
 *
 * Its validators check types, enums and required fields but, like the OpenAPI spec they come from, let
 * unknown fields through. The API server rejects those (`kubectl` validates strictly by default), and a
 * field in the wrong place is exactly the mistake notes make, so unknown fields are found here, by walking
 * the object along the model's own TypeScript declaration.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const kubernetesModelsVersion = 'v1.36.0';

export interface SchemaError {
	path: (string | number)[];
	message: string;
}

interface AjvError {
	instancePath: string;
	message?: string;
	params: Record<string, unknown>;
}

const modelsDir = dirname(fileURLToPath(import.meta.resolve('kubernetes-models')));

/** The model file (without extension) for an apiVersion and kind, if kubernetes-models has one. */
function modelFile(apiVersion: string, kind: string): string | undefined {
	if (!/^([a-z0-9.-]+\/)?v[0-9a-z]+$/.test(apiVersion) || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return undefined;
	const file = join(modelsDir, apiVersion, kind);
	return existsSync(`${file}.js`) && existsSync(`${file}.d.ts`) ? file : undefined;
}

interface Model {
	apiVersion?: string;
	kind?: string;
	new (data: unknown): { validate(): void };
}

/**
 * The errors of each Kubernetes API object (`[]` when valid), or `undefined` for an object whose apiVersion
 * and kind kubernetes-models has no model for.
 */
export async function validateApiObjects(objects: Record<string, unknown>[]): Promise<(SchemaError[] | undefined)[]> {
	const models = await Promise.all(objects.map(apiObjectModel));
	const files = models.flatMap((found) => (found ? [`${found.file}.d.ts`] : []));
	const unknownFields = files.length > 0 ? unknownFieldsFinder(files) : undefined;
	return objects.map((object, index) => {
		const found = models[index];
		if (!found || !unknownFields) return undefined;
		const unknown = unknownFields(`${found.file}.d.ts`, `I${String(object['kind'])}`, object);
		return [...modelErrors(found.model, object), ...unknown.map((path) => ({ path, message: 'unknown field' }))];
	});
}

function modelErrors(model: Model, { apiVersion: _, kind: __, ...data }: Record<string, unknown>): SchemaError[] {
	try {
		new model(data).validate();
		return [];
	} catch (error) {
		const errors = (error as { errors?: AjvError[] }).errors;
		if (!errors) throw error;
		return errors.map(fromAjv);
	}
}

async function apiObjectModel({ apiVersion, kind }: Record<string, unknown>): Promise<{ file: string; model: Model } | undefined> {
	const file = typeof apiVersion === 'string' && typeof kind === 'string' ? modelFile(apiVersion, kind) : undefined;
	if (!file) return undefined;
	const model = ((await import(`${file}.js`)) as Record<string, Model>)[kind as string];
	// A file such as v1/PodSpec.js holds a type, not an API object.
	return model && model.kind === kind && model.apiVersion === apiVersion ? { file, model } : undefined;
}

/** An ajv error as a path into the object and a message. */
export function fromAjv({ instancePath, message = 'is invalid', params }: AjvError): SchemaError {
	const path = instancePath
		.split('/')
		.slice(1)
		.map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
		.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
	if (typeof params['additionalProperty'] === 'string') {
		return { path: [...path, params['additionalProperty']], message: 'unknown field' };
	}
	const allowedValues = params['allowedValues'] ?? params['allowedValue'];
	const allowed = allowedValues === undefined ? '' : `: ${[allowedValues].flat().join(', ')}`;
	return { path, message: `${message}${allowed}` };
}

type UnknownFields = (file: string, interfaceName: string, value: unknown) => (string | number)[][];

/**
 * A function that finds the paths of the keys in a value that an interface of the model declarations
 * does not declare, at any depth. One program for all declarations: each program costs about 0.1 s.
 */
function unknownFieldsFinder(files: string[]): UnknownFields {
	const options = { lib: ['lib.es5.d.ts'], types: [], noEmit: true, module: ts.ModuleKind.NodeNext };
	const program = ts.createProgram([...new Set(files)], options);
	const checker = program.getTypeChecker();
	const walk = (declared: ts.Type, node: unknown, path: (string | number)[], found: (string | number)[][]): void => {
		const type = objectPart(checker.getNonNullableType(declared));
		if (!type || node === null || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			const [item] = checker.isArrayType(type) ? checker.getTypeArguments(type as ts.TypeReference) : [];
			if (item) node.forEach((element, index) => walk(item, element, [...path, index], found));
			return;
		}
		const properties = checker.getPropertiesOfType(type);
		const values = checker.getIndexInfoOfType(type, ts.IndexKind.String)?.type;
		for (const [key, child] of Object.entries(node)) {
			const property = properties.find((candidate) => candidate.name === key);
			if (property) walk(checker.getTypeOfSymbol(property), child, [...path, key], found);
			else if (values) walk(values, child, [...path, key], found);
			// A declaration with neither properties nor an index signature is free-form (RawExtension, JSON).
			else if (properties.length > 0) found.push([...path, key]);
		}
	};
	return (file, interfaceName, value) => {
		const module = checker.getSymbolAtLocation(program.getSourceFile(file) as ts.SourceFile) as ts.Symbol;
		const symbol = checker.getExportsOfModule(module).find((exported) => exported.name === interfaceName);
		if (!symbol) throw new Error(`${file} declares no ${interfaceName}`);
		const found: (string | number)[][] = [];
		walk(checker.getDeclaredTypeOfSymbol(symbol), value, [], found);
		return found;
	};
}

/** The object type in a declared type (`IFoo` in `IFoo | string`), if there is one. */
function objectPart(type: ts.Type): ts.Type | undefined {
	if (type.isUnion()) return type.types.find((member) => member.flags & ts.TypeFlags.Object);
	return type.flags & ts.TypeFlags.Object ? type : undefined;
}
