/**
 * Reading a request against the contract, the same on every server: the query string and the
 * body checked against the route's schemas (R17: a mistake a person makes in a form field is
 * told on that field), and the version named by If-Match (R15). The language the answer is
 * written in comes from Accept-Language (core/language.ts).
 */
import { FormatRegistry, type TSchema } from '@sinclair/typebox';
import { ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';
import { isIsoDate, PHONE_PATTERN, type FieldErrorCode } from '../src/domain/index.js';
import { Refusal } from './refusal.js';

FormatRegistry.Set('date', (v) => isIsoDate(v));
FormatRegistry.Set('date-time', (v) => !Number.isNaN(Date.parse(v)));
FormatRegistry.Set('email', (v) => /^[^\s@]+@[^\s@]+$/.test(v));
FormatRegistry.Set('uri-reference', () => true);

export function parseQuery(schema: TSchema | undefined, url: URL): Record<string, unknown> {
  if (!schema) return {};
  const props = (schema as unknown as { properties: Record<string, TSchema> }).properties;
  const out: Record<string, unknown> = {};
  for (const [name, propSchema] of Object.entries(props)) {
    const raw = url.searchParams.get(name);
    if (raw === null || raw === '') continue;
    const type = (propSchema as { type?: string }).type;
    if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') throw new Refusal('invalid-request', { fr: `${name} vaut true ou false.`, en: `${name} must be true or false.` });
      out[name] = raw === 'true';
    } else if (type === 'integer') {
      const n = Number(raw);
      if (!Number.isInteger(n)) throw new Refusal('invalid-request', { fr: `${name} est un nombre entier.`, en: `${name} must be a whole number.` });
      out[name] = n;
    } else out[name] = raw;
  }
  // A query string is built by the widget, not typed into a form: any error is a malformed request.
  if (!Value.Check(schema, out)) throw schemaRefusal(schema, out, { fromForm: false });
  return out;
}

/** R17: the errors a person can make in a form field, as field error codes the forms show. */
function fieldErrorCode(e: ValueError): FieldErrorCode | undefined {
  if (e.type === ValueErrorType.StringMaxLength) return 'too-long';
  if (e.type === ValueErrorType.StringPattern) return e.schema.pattern === PHONE_PATTERN ? 'phone' : 'invalid-characters';
  if (e.type === ValueErrorType.StringFormat && e.schema.format === 'date') return 'invalid-date';
  return undefined;
}

/**
 * A body that breaks the contract. When every error is one a person makes in a field
 * (too long, invisible characters, a phone or a date badly written), the answer is
 * validation-failed with the fields, so the form shows each next to its field; anything else
 * is a malformed request (invalid-request).
 */
function schemaRefusal(schema: TSchema, value: unknown, { fromForm = true } = {}): Refusal {
  const found = [...Value.Errors(schema, value)].slice(0, 20);
  const fieldOf = (e: ValueError) => e.path.replace(/^\//, '').replace(/\//g, '.') || '(body)';
  const codes = found.map(fieldErrorCode);
  if (fromForm && codes.every((c) => c !== undefined)) {
    const errors = found
      .map((e, i) => ({ field: fieldOf(e), code: codes[i]!, message: codes[i]! }))
      .filter((e, i, all) => all.findIndex((o) => o.field === e.field) === i);
    return new Refusal('validation-failed', undefined, { errors });
  }
  const errors = found.map((e) => ({ field: fieldOf(e), code: 'invalid', message: e.message }));
  return new Refusal('invalid-request', { fr: 'La requête ne suit pas le contrat.', en: 'The request does not match the contract.' }, { errors });
}

/** The version an If-Match header names: undefined without one, NaN when it is not a version. */
export function versionOf(header: string | null): number | undefined {
  if (header === null) return undefined;
  const n = Number(header.replace(/^W\//, '').replace(/"/g, '').trim());
  return Number.isInteger(n) ? n : NaN;
}

/** The JSON body of a request, checked against the route's schema. */
export function parseBody(schema: TSchema, text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Refusal('invalid-request', { fr: 'Le corps de la requête doit être du JSON.', en: 'The body must be JSON.' });
  }
  if (!Value.Check(schema, body)) throw schemaRefusal(schema, body);
  return body;
}

/** R15: refuses unless If-Match named the version the object has now. */
export function expectVersion(current: number, ifMatch: number | undefined): void {
  if (ifMatch === undefined) throw new Refusal('precondition-required');
  if (ifMatch !== current) throw new Refusal('stale-write', undefined, { currentVersion: current });
}
