/**
 * Builds the OpenAPI 3.1 document from the route table and the domain schemas.
 * Schemas with an $id become components and are referenced, so the document reads as a
 * contract and not as a dump of nested objects.
 */
import type { TSchema } from '@sinclair/typebox';
import { PROBLEMS, problemType, type ProblemCode } from '../domain/problems.js';
import { Problem } from '../domain/schemas.js';
import { API_BASE, ROUTES, pathParams, type Route } from './routes.js';

type Json = Record<string, unknown>;

/** Strips TypeBox's symbols and replaces nested identified schemas by $refs. */
function toJsonSchema(schema: unknown, components: Json, top = true): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, components, false));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Json;
  const id = source.$id as string | undefined;
  if (id && !top) {
    if (!(id in components)) {
      components[id] = {};
      components[id] = toJsonSchema(schema, components, true);
    }
    return { $ref: `#/components/schemas/${id}` };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === '$id') continue;
    out[key] = key === 'properties' ? mapValues(value as Json, (v) => toJsonSchema(v, components, false)) : toJsonSchema(value, components, false);
  }
  return out;
}

function mapValues(obj: Json, fn: (v: unknown) => unknown): Json {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}

function ref(schema: TSchema, components: Json): unknown {
  const id = (schema as Json).$id as string | undefined;
  if (id) return toJsonSchema({ ...schema, $id: id }, components, false);
  return toJsonSchema(schema, components, true);
}

/** Every answer says the language its texts are in (Content-Language), and that it depends on Accept-Language. */
const languageHeaders = { 'Content-Language': { $ref: '#/components/headers/ContentLanguage' } };

const problemResponse = (description: string) => ({
  description,
  headers: languageHeaders,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(name: string, r: Route, components: Json): Json {
  const parameters: Json[] = pathParams(r.path).map((p) => ({
    name: p,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  parameters.push({ $ref: '#/components/parameters/AcceptLanguage' });
  if (r.query) {
    const props = (r.query as unknown as { properties: Record<string, TSchema> }).properties;
    for (const [pname, pschema] of Object.entries(props)) {
      const { description, ...schema } = toJsonSchema(pschema, components, true) as Json;
      parameters.push({ name: pname, in: 'query', required: false, ...(description ? { description } : {}), schema });
    }
  }
  if (r.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'The ETag (or version) of the object as it was read (R15).',
      schema: { type: 'string' },
    });
  }
  if (r.idempotent) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'A key chosen by the client for one request: a retry of the same request by the same person with the same key returns the first answer and changes nothing (R5), even while the first is still running. The key is bound to the person and to the request (method, path, body): reused for another request, it is refused with 422 idempotency-key-reused. A refused request leaves its key free.',
      schema: { type: 'string', maxLength: 200 },
    });
  }
  const status = String(r.status ?? 200);
  const success: Json = { description: r.summary, headers: { ...languageHeaders } };
  if (r.response) success.content = { 'application/json': { schema: ref(r.response, components) } };
  if (r.etag) success.headers = { ...languageHeaders, ETag: { description: 'The version of the object, for If-Match.', schema: { type: 'string' } } };
  const responses: Json = { [status]: success };
  const codes = new Set<ProblemCode>(['invalid-request', 'unauthenticated', ...r.problems]);
  if (pathParams(r.path).length) codes.add('not-found');
  const byStatus = new Map<number, ProblemCode[]>();
  for (const code of codes) {
    const s = PROBLEMS[code].status;
    byStatus.set(s, [...(byStatus.get(s) ?? []), code]);
  }
  for (const [s, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[String(s)] = problemResponse(list.map((c) => `\`${problemType(c)}\``).join(', '));
  }
  const op: Json = { operationId: name, tags: [r.tag], summary: r.summary };
  if (r.public) op.security = [];
  if (r.description) op.description = r.description;
  if (parameters.length) op.parameters = parameters;
  if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: ref(r.body, components) } } };
  op.responses = responses;
  return op;
}

export function buildOpenApi(): Json {
  const components: Json = {};
  const paths: Record<string, Json> = {};
  for (const [name, r] of Object.entries(ROUTES) as [string, Route][]) {
    (paths[r.path] ??= {})[r.method] = operation(name, r, components);
  }
  toJsonSchema(Problem, components, false);
  return {
    openapi: '3.1.0',
    info: {
      title: 'habil — REST contract of the habilitations widgets',
      version: '0.1.0',
      description:
        'Every endpoint the habil widgets call. Errors are RFC 9457 problem+json with a stable `type` per rule; ' +
        'every returned object carries the `actions` the acting person may take on it. Writes send If-Match (R15); ' +
        'decisions accept an Idempotency-Key (R5). The texts the server writes (the catalogue\'s themes, descriptions, target publics and procedures, ' +
        'history summaries, the detail of a refusal and the messages of field errors) are in the language Accept-Language prefers, French or English ' +
        '(French by default); names (applications, roles, organismes, groups) are the same in both, and a problem\'s title is always the French words of its rule. ' +
        'Every answer says its language in Content-Language.\n\nProblem types:\n\n' +
        (Object.keys(PROBLEMS) as ProblemCode[])
          .map((c) => `- \`${problemType(c)}\` (${PROBLEMS[c].status}${'rule' in PROBLEMS[c] ? ', ' + (PROBLEMS[c] as { rule: string }).rule : ''}): ${PROBLEMS[c].en}`)
          .join('\n'),
    },
    servers: [{ url: API_BASE }],
    security: [{ bearer: [] }],
    paths,
    components: {
      schemas: sortKeys(components),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description:
            'The language of the texts the server writes: `en` (or a list preferring English, e.g. `en-GB,en;q=0.9,fr;q=0.8`) for English; French otherwise, and without the header.',
          schema: { type: 'string', examples: ['fr', 'en'] },
        },
      },
      headers: {
        ContentLanguage: {
          description: 'The language the texts of the answer are written in (`Vary: Accept-Language`). A replayed decision (R5) says the language of the first answer.',
          schema: { type: 'string', enum: ['fr', 'en'] },
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            "An access token of the portal's OpenID Connect provider (issuer, audience and signature checked against its JWKS); the account is found by a configured claim. Without one, 401 unauthenticated. Same-origin deployments may use the portal's session cookie instead.",
        },
      },
    },
  };
}

function sortKeys(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => a.localeCompare(b)));
}
