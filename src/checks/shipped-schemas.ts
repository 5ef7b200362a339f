/**
 * Validates what kubernetes-models has no model for, against the JSON schemas in `schemas/`: config files
 * of Kubernetes components (written from their Go types at v1.35) and custom resources (their CRD's
 * openAPIV3Schema). A schema file is named `<group>_<version>_<Kind>.json` (`v1_Config.json` for the
 * core group). CRD schemas are structural: the API server drops or rejects the fields they do not
 * declare, so unknown fields are errors here unless a node preserves unknown fields.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { fromAjv, type SchemaError } from './kubernetes-api.ts';

type Schema = Record<string, unknown>;

const schemasDir = new URL('./schemas/', import.meta.url);
const ajv = new Ajv({ allErrors: true, strictTypes: false, strictRequired: false, validateFormats: false });

/** A structural (CRD) schema as a strict JSON schema; idempotent on schemas that are strict already. */
export function strictSchema(schema: unknown): unknown {
	if (Array.isArray(schema)) return schema.map(strictSchema);
	if (schema === null || typeof schema !== 'object') return schema;
	const node = schema as Schema;
	const out: Schema = {};
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith('x-kubernetes-') || key === 'nullable') continue;
		if (key === 'properties' || key === 'definitions') {
			out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, child]) => [name, strictSchema(child)]));
		} else out[key] = key === 'enum' || key === 'default' ? value : strictSchema(value);
	}
	if (node['x-kubernetes-int-or-string']) out['type'] = ['integer', 'string'];
	if (node['nullable'] === true && typeof out['type'] === 'string') out['type'] = [out['type'], 'null'];
	if (out['properties'] && !('additionalProperties' in out) && !node['x-kubernetes-preserve-unknown-fields']) {
		out['additionalProperties'] = false;
	}
	return out;
}

/** The schema file's schema, with apiVersion and kind fixed to the ones its name says. */
function load(file: string): Schema {
	const schema = strictSchema(JSON.parse(readFileSync(new URL(file, schemasDir), 'utf8'))) as Schema;
	const parts = file.replace(/\.json$/, '').split('_');
	const kind = parts.pop();
	const properties = schema['properties'] as Schema;
	properties['apiVersion'] = { const: parts.join('/') };
	if (kind !== 'Constraint') properties['kind'] = { const: kind };
	if (properties['metadata']) properties['metadata'] = { $ref: 'object-meta.json' };
	return schema;
}

ajv.addSchema(JSON.parse(readFileSync(new URL('object-meta.json', schemasDir), 'utf8')) as Schema);
const schemaFiles = readdirSync(schemasDir).filter((file) => file.includes('_'));
const validators = new Map<string, ValidateFunction>();

function validator(apiVersion: string, kind: string): ValidateFunction | undefined {
	const key = `${apiVersion}/${kind}`;
	const file = `${apiVersion.includes('/') ? apiVersion.replace('/', '_') : apiVersion}_${kind}.json`;
	if (!validators.has(key) && schemaFiles.includes(file)) validators.set(key, ajv.compile(load(file)));
	return validators.get(key);
}

const run = (validate: ValidateFunction, value: unknown, at: (string | number)[] = []): SchemaError[] =>
	validate(value) ? [] : (validate.errors ?? []).map(fromAjv).map(({ path, message }) => ({ path: [...at, ...path], message }));

/** Admission plugins whose `configuration` has a shipped schema. */
const pluginConfigurations: Record<string, [apiVersion: string, kind: string]> = {
	ImagePolicyWebhook: ['apiserver.config.k8s.io/v1', 'ImagePolicyWebhookConfiguration'],
	PodSecurity: ['pod-security.admission.config.k8s.io/v1', 'PodSecurityConfiguration'],
};

/** The `parameters` schema of each Gatekeeper constraint kind, from the ConstraintTemplates in the content. */
export type ConstraintParameters = Map<string, unknown>;

/**
 * Errors of a config file or custom resource (`[]` when valid), or `undefined` when no shipped schema
 * covers its apiVersion and kind.
 */
export function validateWithShippedSchema(
	object: Record<string, unknown>,
	constraintParameters: ConstraintParameters,
): SchemaError[] | undefined {
	const apiVersion = String(object['apiVersion']);
	const kind = String(object['kind']);
	if (apiVersion === 'constraints.gatekeeper.sh/v1beta1') return validateConstraint(object, constraintParameters);
	const validate = validator(apiVersion, kind);
	if (!validate) return undefined;
	const errors = run(validate, object);
	if (errors.length > 0 || kind !== 'AdmissionConfiguration') return errors;
	return ((object['plugins'] ?? []) as Schema[]).flatMap((plugin, index) => {
		if (plugin['configuration'] === undefined) return [];
		const [pluginApiVersion, pluginKind] = pluginConfigurations[String(plugin['name'])] ?? [];
		const at = ['plugins', index, 'configuration'];
		if (!pluginApiVersion || !pluginKind) return [{ path: at, message: `no schema for the configuration of admission plugin ${plugin['name']}` }];
		const configuration = { apiVersion: pluginApiVersion, kind: pluginKind, ...(plugin['configuration'] as Schema) };
		return run(validator(pluginApiVersion, pluginKind) as ValidateFunction, configuration, at);
	});
}

function validateConstraint(object: Schema, constraintParameters: ConstraintParameters): SchemaError[] | undefined {
	const parameters = constraintParameters.get(String(object['kind']));
	if (parameters === undefined) return undefined;
	const schema = load('constraints.gatekeeper.sh_v1beta1_Constraint.json');
	const spec = (schema['properties'] as Record<string, Schema>)['spec'] as Schema;
	(spec['properties'] as Schema)['parameters'] = strictSchema(parameters);
	return run(ajv.compile(schema), object);
}
