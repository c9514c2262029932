// Checks requests (and the fake's own answers) against GitHub's published descriptions: the GraphQL
// schema from @octokit/graphql-schema and the REST OpenAPI description from @octokit/openapi.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import { buildSchema, getVariableValues, parse, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

// Only these two files are read: the packages' index modules load hundreds of MB.
const SCHEMA_FILE = fileURLToPath(new URL('../../../node_modules/@octokit/graphql-schema/schema.graphql', import.meta.url));
const OPENAPI_FILE = fileURLToPath(new URL('../../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url));

let schema: Promise<GraphQLSchema> | null = null;
let openapi: Promise<{ ajv: Ajv; paths: Record<string, Record<string, OpenApiOperation>>; examples: Record<string, Record<string, unknown>> }> | null = null;
const validators = new Map<string, ValidateFunction>();

interface OpenApiOperation {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

/** GitHub's GraphQL schema, built once. */
export function githubSchema(): Promise<GraphQLSchema> {
  // The published SDL defines two EnterpriseOwnerInfo fields twice, which buildSchema would refuse;
  // the duplicates are identical, so the schema is used as GitHub publishes it.
  schema ??= readFile(SCHEMA_FILE, 'utf8').then((sdl) => buildSchema(sdl, { assumeValidSDL: true }));
  return schema;
}

/** A parsed GraphQL request and what is wrong with it by GitHub's schema ([] when nothing). */
export async function checkGraphql(query: string, variables: Record<string, unknown> = {}): Promise<{ document: DocumentNode | null; problems: string[] }> {
  const graphqlSchema = await githubSchema();
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return { document: null, problems: [`GraphQL syntax: ${(error as Error).message}`] };
  }
  const problems = validate(graphqlSchema, document).map((e) => `GraphQL: ${e.message}`);
  if (problems.length > 0) return { document, problems };
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const coerced = getVariableValues(graphqlSchema, operation?.variableDefinitions ?? [], variables);
  return { document, problems: (coerced.errors ?? []).map((e) => `GraphQL variables: ${e.message}`) };
}

/** The OpenAPI description, read once, with OpenAPI 3.0's `nullable` rewritten as JSON Schema (ajv refuses it beside allOf). */
function githubOpenApi() {
  openapi ??= readFile(OPENAPI_FILE, 'utf8').then((text) => {
    const spec = JSON.parse(text) as {
      paths: Record<string, Record<string, OpenApiOperation>>;
      components: { examples: Record<string, { value: Record<string, unknown> }> };
    };
    const examples = Object.fromEntries(Object.entries(spec.components.examples).map(([name, e]) => [name, structuredClone(e.value)]));
    rewriteNullable(spec);
    const ajv = new Ajv({ strict: false, validateSchema: false, validateFormats: false, allErrors: true, logger: false });
    ajv.addSchema(spec, 'github');
    return { ajv, paths: spec.paths, examples };
  });
  return openapi;
}

/** GitHub's example answers from the OpenAPI description, by name ("full-repository", …). */
export async function githubExamples(): Promise<Record<string, Record<string, unknown>>> {
  return (await githubOpenApi()).examples;
}

/** What is wrong with a REST request body by GitHub's OpenAPI description of `method` `template`. */
export async function checkRest(method: string, template: string, body: unknown): Promise<string[]> {
  const { paths } = await githubOpenApi();
  const operation = paths[template]?.[method.toLowerCase()];
  if (!operation) return [`REST: GitHub has no ${method} ${template}`];
  const described = operation.requestBody?.content?.['application/json']?.schema;
  if (body === undefined) return operation.requestBody?.required ? [`REST: ${method} ${template} needs a JSON body`] : [];
  if (!described) return [`REST: ${method} ${template} takes no body`];
  return run(`#/paths/${pointer(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`, `${method} ${template} request`, body);
}

/** What is wrong with an answer the fake sends, by the OpenAPI description of that status. */
export async function checkRestResponse(method: string, template: string, status: number, body: unknown): Promise<string[]> {
  const { paths } = await githubOpenApi();
  const response = paths[template]?.[method.toLowerCase()]?.responses?.[String(status)];
  if (!response) return [`REST: GitHub never answers ${method} ${template} with ${status}`];
  if (!response.content?.['application/json']?.schema) return [];
  return run(
    `#/paths/${pointer(template)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`,
    `${method} ${template} ${status} answer`,
    body,
  );
}

async function run(fragment: string, what: string, data: unknown): Promise<string[]> {
  const { ajv } = await githubOpenApi();
  let check = validators.get(fragment);
  if (!check) {
    check = ajv.getSchema(`github${fragment}`);
    if (!check) return [`REST: no schema at ${fragment}`];
    validators.set(fragment, check);
  }
  if (check(data)) return [];
  return (check.errors ?? []).map((e) => `REST ${what}: ${e.instancePath || '(body)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** A path template as a JSON pointer segment inside a URI fragment. */
function pointer(template: string): string {
  return encodeURIComponent(template.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** `nullable: true` → anyOf [the schema, null], in place, everywhere in the document. */
function rewriteNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(rewriteNullable);
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  for (const value of Object.values(object)) rewriteNullable(value);
  if (object.nullable === true) {
    const inner: Record<string, unknown> = { ...object };
    delete inner.nullable;
    for (const key of Object.keys(object)) delete object[key];
    object.anyOf = [inner, { type: 'null' }];
  }
}
