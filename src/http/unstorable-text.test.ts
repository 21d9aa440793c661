/* eslint-disable @typescript-eslint/no-explicit-any -- the OpenAPI document is walked as plain JSON */
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { createTestClient } from '../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;
type JsonSchema = Record<string, any>;

/** A value PostgreSQL text cannot hold (NUL) and one no UTF-8 can (a lone surrogate). */
const UNSTORABLE = ['before\u0000after', 'broken \uD800 half'];

/** Values a field of this name accepts, so that only the planted character is wrong. */
const SAMPLE_BY_NAME: Record<string, unknown> = {
  company: 'Acme',
  role: 'Analyst',
  name: 'Ana Diaz',
  text: 'Thank you for your time.',
  kind: 'thank_you',
  channel: 'email',
  content: 'First Name,Last Name\nAna,Diaz\n',
  host: 'smtp.example.org',
  from: 'Ana <ana@example.org>',
  sendTo: 'ana@example.org',
  until: '2026-12-01',
  date: '2026-11-20',
  receivedOn: '2026-11-21',
  scheduledAt: '2026-11-18T10:00:00Z',
  question: 'Tell me about a failure',
  rating: 'good',
  days: 30,
};

function resolve(doc: any, schema: JsonSchema | undefined): JsonSchema {
  if (!schema) return {};
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').at(-1) as string;
    return resolve(doc, doc.components.schemas[name]);
  }
  return schema;
}

function types(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  return schema.type === undefined ? [] : [schema.type];
}

/** The first branch of an `anyOf` that takes a string (or an object, failing that). */
function branch(doc: any, schema: JsonSchema): JsonSchema {
  const options = (schema.anyOf ?? []).map((s: JsonSchema) => resolve(doc, s));
  return (
    options.find((s: JsonSchema) => types(s).includes('string') && !s.enum) ??
    options.find((s: JsonSchema) => types(s).includes('object')) ??
    schema
  );
}

/** The branch of an `anyOf` that is an object or an array, as the path to plant needs. */
function shaped(doc: any, schema: JsonSchema, type: 'object' | 'array'): JsonSchema {
  const options = (schema.anyOf ?? [schema]).map((s: JsonSchema) => resolve(doc, s));
  return options.find((s: JsonSchema) => types(s).includes(type)) ?? schema;
}

/** A minimal valid value: required properties only, each with a plausible sample. */
function sample(doc: any, raw: JsonSchema, name = ''): unknown {
  const schema = branch(doc, resolve(doc, raw));
  if (name in SAMPLE_BY_NAME) return SAMPLE_BY_NAME[name];
  if (schema.enum) return schema.enum.find((v: unknown) => v !== null);
  const t = types(schema);
  if (t.includes('object')) {
    const out: Record<string, unknown> = {};
    for (const key of schema.required ?? []) out[key] = sample(doc, schema.properties[key], key);
    return out;
  }
  if (t.includes('array')) return [];
  if (t.includes('string')) return 'x';
  if (t.includes('integer') || t.includes('number')) return schema.minimum ?? 1;
  if (t.includes('boolean')) return false;
  return null;
}

type PathKey = string | number;

/** Every place in a body schema where a string goes, as a path of keys. */
function stringPaths(doc: any, raw: JsonSchema, prefix: PathKey[] = [], depth = 0): PathKey[][] {
  if (depth > 4) return [];
  const resolved = resolve(doc, raw);
  const options = resolved.anyOf
    ? resolved.anyOf.map((s: JsonSchema) => resolve(doc, s))
    : [resolved];
  const found: PathKey[][] = [];
  for (const schema of options) {
    const t = types(schema);
    if (t.includes('string') && prefix.length > 0) found.push(prefix);
    if (t.includes('object') && schema.properties) {
      for (const [key, child] of Object.entries(schema.properties)) {
        found.push(...stringPaths(doc, child as JsonSchema, [...prefix, key], depth + 1));
      }
    }
    if (t.includes('array') && schema.items) {
      found.push(...stringPaths(doc, schema.items, [...prefix, 0], depth + 1));
    }
  }
  const seen = new Set<string>();
  return found.filter((p) => !seen.has(JSON.stringify(p)) && seen.add(JSON.stringify(p)));
}

function fieldName(path: readonly PathKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The baseline body with `value` planted at `path`, building objects and arrays on the way. */
function plant(doc: any, bodySchema: JsonSchema, path: PathKey[], value: string): unknown {
  const body = sample(doc, bodySchema) as Record<string, unknown>;
  let node: any = body;
  let schema = branch(doc, resolve(doc, bodySchema));
  for (let i = 0; i < path.length - 1; i += 1) {
    const key = path[i] as PathKey;
    const next = path[i + 1] as PathKey;
    const raw = typeof key === 'number' ? schema.items : schema.properties?.[key];
    const childSchema = shaped(
      doc,
      resolve(doc, raw),
      typeof next === 'number' ? 'array' : 'object',
    );
    if (node[key] === undefined || node[key] === null || typeof node[key] !== 'object') {
      node[key] = typeof next === 'number' ? [] : (sample(doc, childSchema) ?? {});
    }
    node = node[key];
    schema = childSchema;
  }
  node[path.at(-1) as PathKey] = value;
  return body;
}

/**
 * Whether an error names the planted field: the field itself, or the entry that holds it when
 * the schema accepts that entry in several shapes (a message as text or as an object).
 */
function names(named: string | undefined, planted: string): boolean {
  if (named === undefined) return false;
  return named === planted || planted.startsWith(`${named}.`);
}

interface Probe {
  label: string;
  method: string;
  url: string;
  body?: unknown;
  field: string;
}

/** One request per string parameter and body field of every operation, each carrying `bad`. */
function probes(doc: any, ids: Record<string, string>, bad: string): Probe[] {
  const out: Probe[] = [];
  for (const [template, operations] of Object.entries<any>(doc.paths)) {
    for (const [method, operation] of Object.entries<any>(operations)) {
      const params: any[] = operation.parameters ?? [];
      const pathValue = (name: string) => {
        if (name === 'contactId') return ids.contact as string;
        const kind = template.split('/')[1] === 'practice' ? 'card' : template.split('/')[1];
        return ids[kind as string] ?? 'unknown';
      };
      const urlWith = (override: Record<string, string>) => {
        let url = template;
        for (const p of params.filter((q) => q.in === 'path')) {
          const value = override[p.name] ?? pathValue(p.name);
          url = url.replace(`{${p.name}}`, encodeURIComponent(value));
        }
        const query = new URLSearchParams();
        for (const p of params.filter((q) => q.in === 'query')) {
          const value =
            override[p.name] ?? (p.required ? sample(doc, p.schema, p.name) : undefined);
          if (value !== undefined) query.set(p.name, String(value));
        }
        const search = query.toString();
        return `/api${url}${search ? `?${search}` : ''}`;
      };
      const content = operation.requestBody?.content?.['application/json'];
      const bodySchema = content?.schema as JsonSchema | undefined;
      const baseline =
        bodySchema && Object.keys(bodySchema).length > 0 ? sample(doc, bodySchema) : undefined;
      for (const p of params) {
        // A URL cannot carry a lone surrogate at all; NUL (%00) it can.
        if (bad.includes('\uD800')) continue;
        if (!types(resolve(doc, p.schema)).includes('string')) continue;
        out.push({
          label: `${method.toUpperCase()} ${template} ${p.in} ${p.name}`,
          method,
          url: urlWith({ [p.name]: bad }),
          ...(baseline !== undefined && { body: baseline }),
          field: p.name,
        });
      }
      if (!bodySchema || baseline === undefined) continue;
      for (const path of stringPaths(doc, bodySchema)) {
        out.push({
          label: `${method.toUpperCase()} ${template} body ${fieldName(path)}`,
          method,
          url: urlWith({}),
          body: plant(doc, bodySchema, path, bad),
          field: fieldName(path),
        });
      }
    }
  }
  return out;
}

async function seed(api: Client): Promise<Record<string, string>> {
  const ok = <T>(r: { status: number; body: T }) => {
    expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    return r.body as any;
  };
  const app = ok(await api.post('/api/applications', { company: 'Acme', role: 'Analyst' }));
  const contact = ok(await api.post('/api/contacts', { name: 'Helen Cho', company: 'Acme' }));
  ok(await api.post(`/api/applications/${app.id}/contacts`, { contactId: contact.id }));
  const interview = ok(
    await api.post(`/api/applications/${app.id}/interviews`, {
      scheduledAt: '2026-11-18T10:00:00Z',
      contactIds: [contact.id],
      questions: ['Tell me about a failure'],
    }),
  );
  const interaction = ok(
    await api.post('/api/interactions', { contactId: contact.id, channel: 'email' }),
  );
  const message = ok(
    await api.post('/api/messages', { kind: 'thank_you', applicationId: app.id, body: 'Thanks' }),
  );
  ok(await api.post(`/api/applications/${app.id}/rejection`, { date: '2026-11-20' }));
  ok(
    await api.patch(`/api/applications/${app.id}/reflection`, {
      hardQuestions: ['Tell me about a failure'],
    }),
  );
  const plan = ok(await api.get(`/api/applications/${app.id}/plan`));
  const cards = ok(await api.get('/api/practice/cards?filter=all'));
  const openStep = plan.steps.find((s: { status: string }) => s.status === 'open');
  // Fields that name a record get a real one, so only the planted character can be wrong.
  Object.assign(SAMPLE_BY_NAME, {
    applicationId: app.id,
    contactId: contact.id,
    messageId: message.id,
    interactionId: interaction.id,
    taskId: openStep.id,
  });
  return {
    applications: app.id,
    contacts: contact.id,
    contact: contact.id,
    interviews: interview.id,
    interactions: interaction.id,
    messages: message.id,
    tasks: openStep.id,
    card: cards.items[0].id,
    backups: 'no-such-backup',
  };
}

describeEachDialect('text no database can hold, on every operation', (db) => {
  let api: Client;
  let doc: any;
  let ids: Record<string, string>;
  beforeAll(async () => {
    api = await createTestClient(db());
    doc = (await api.get('/api/openapi.json')).body;
    ids = await seed(api);
  });

  it('walks every operation of the OpenAPI document', () => {
    const operations = Object.values<any>(doc.paths).flatMap((o) => Object.keys(o));
    expect(operations.length).toBeGreaterThanOrEqual(76);
    // Most operations take a string somewhere; each one is probed below.
    expect(probes(doc, ids, 'x').length).toBeGreaterThan(150);
  });

  it.each(UNSTORABLE)('refuses %j in every string parameter and field, naming it', async (bad) => {
    const failures: string[] = [];
    for (const probe of probes(doc, ids, bad)) {
      const logged = api.errors.length;
      const response = await api.call(probe.method.toUpperCase(), probe.url, probe.body);
      const error = (response.body as any)?.error;
      if (response.status >= 500 || response.status < 400 || api.errors.length > logged) {
        failures.push(`${probe.label}: answered ${response.status}`);
      } else if (!names(error?.field, probe.field)) {
        failures.push(`${probe.label}: named ${error?.field} (${error?.message})`);
      }
    }
    expect(failures).toEqual([]);
    expect(api.errors).toEqual([]);
  });
});
