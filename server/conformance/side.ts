/**
 * One server as the conformance scenario sees it: its base URL, a token per persona (from its
 * development endpoint), the ids it chose for what the scenario created, and its answers with
 * those ids named — so that two servers' answers compare as equal when they mean the same.
 */
import type { PersonaId } from '../../mocks/personas.js';
import type { Step } from './scenario.js';

export interface Answer {
  status: number;
  etag: string | null;
  replayed: string | null;
  /** Content-Language: the language the answer's texts are written in. */
  language: string | null;
  body: unknown;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Side {
  readonly saved = new Map<string, string>();
  readonly #tokens = new Map<PersonaId, string>();
  constructor(readonly url: string) {}

  fill(text: string): string {
    return text.replace(/\{(\w+)\}/g, (_, name: string) => this.saved.get(name) ?? `{${name}}`);
  }

  async token(persona: PersonaId): Promise<string> {
    if (!this.#tokens.has(persona)) {
      const res = await fetch(`${this.url}/api/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ persona }) });
      if (!res.ok) throw new Error(`POST ${this.url}/api/dev/token {"persona":"${persona}"} answered ${res.status}: the server must give a token per persona.`);
      this.#tokens.set(persona, ((await res.json()) as { token: string }).token);
    }
    return this.#tokens.get(persona)!;
  }

  async run(step: Step): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (step.as) headers.Authorization = `Bearer ${await this.token(step.as)}`;
    if (step.lang) headers['Accept-Language'] = step.lang;
    if (step.ifMatchOf) {
      const current = await fetch(`${this.url}/api${this.fill(step.ifMatchOf)}`, { headers });
      headers['If-Match'] = `"${((await current.json()) as { version: number }).version}"`;
    }
    if (step.ifMatch) headers['If-Match'] = step.ifMatch;
    if (step.key) headers['Idempotency-Key'] = step.key;
    if (step.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.url}/api${this.fill(step.path)}`, {
      method: step.method ?? 'GET',
      headers,
      ...(step.body !== undefined ? { body: this.fill(JSON.stringify(step.body)) } : {}),
    });
    const text = await res.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    for (const [name, field] of Object.entries(step.save ?? {})) {
      const value = body?.[field];
      if (res.ok && typeof value === 'string') this.saved.set(name, value);
    }
    return {
      status: res.status,
      etag: res.headers.get('etag'),
      replayed: res.headers.get('idempotent-replayed'),
      language: res.headers.get('content-language'),
      body: this.#named(body),
    };
  }

  /** The answer with the ids this server chose replaced by their names, history ids left out. */
  #named(value: unknown): unknown {
    if (typeof value === 'string') {
      let named = value;
      for (const [name, id] of this.saved) named = named.replace(new RegExp(`(?<![\\w-])${escape(id)}(?![\\w-])`, 'g'), `{${name}}`);
      return named;
    }
    if (Array.isArray(value)) return value.map((v) => this.#named(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k, v]) => !(k === 'id' && typeof v === 'string' && v.startsWith('h-')))
          .map(([k, v]) => [k, this.#named(v)]),
      );
    }
    return value;
  }
}
