import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { GATEWAY, tokenFor } from '../api';

/*
 * Bad input never gets a 5xx (issue 14). Every write operation of the merged OpenAPI document, with the records the
 * earlier journeys left behind in its path, is sent hostile variants of a body built from its schema: a NUL in each
 * text field, a date of year +999999999, [null] in each list, an integer past 2^63, a key given twice, cut-off JSON,
 * nested arrays a parser could choke on, and wrong content types; operations that take no body get one, and every
 * path gets a %00. Each variant is refused with a 4xx problem+json, and none is taken: nothing here is valid.
 */
test.describe.configure({ timeout: 600_000 });

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
};
type Operation = {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
type Document = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const YEAR = new Date().getFullYear();
const WRITES = ['post', 'put', 'patch', 'delete'];
const NOBODY = '00000000-0000-4000-8000-00000000dead';

/** A body the schema describes, every property present, so that each field can be spoiled in turn. */
function sample(doc: Document, schema: Schema, depth = 0): Json {
  if (schema.$ref) return sample(doc, doc.components.schemas[schema.$ref.split('/').at(-1) ?? ''], depth);
  const union = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (union) return sample(doc, union[0], depth);
  if (schema.enum) return schema.enum[0] as Json;
  switch (schema.type) {
    case 'object': {
      const body: Record<string, Json> = {};
      if (depth < 4)
        for (const [name, property] of Object.entries(schema.properties ?? {}))
          body[name] = sample(doc, property, depth + 1);
      return body;
    }
    case 'array':
      return depth < 4 && schema.items ? [sample(doc, schema.items, depth + 1)] : [];
    case 'integer':
      return Math.max(schema.minimum ?? 1, 1);
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      return schema.format === 'uuid'
        ? NOBODY
        : schema.format === 'date'
          ? `${YEAR}-06-15`
          : schema.format === 'date-time'
            ? `${YEAR}-06-15T08:00:00+07:00`
            : 'Hội nghị';
  }
}

/** Every place in a body: [path, value]. */
function places(value: Json, path: (string | number)[] = []): [(string | number)[], Json][] {
  const here: [(string | number)[], Json][] = path.length ? [[path, value]] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => places(v, [...path, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
  return here;
}

function replaced(body: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(body) as Record<string | number, Json>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  at[path[path.length - 1]] = value;
  return copy;
}

/** The hostile variants of one JSON body: [what, content type, raw body]. */
function variants(body: Json): [string, string, string][] {
  const json = 'application/json';
  const out: [string, string, string][] = [];
  for (const [path, value] of places(body)) {
    const name = path.join('.');
    if (typeof value === 'string') {
      out.push([`NUL in ${name}`, json, JSON.stringify(replaced(body, path, `${value}\u0000x`))]);
      if (/^\d{4}-\d\d-\d\d/.test(value)) {
        out.push([
          `year +999999999 in ${name}`,
          json,
          JSON.stringify(replaced(body, path, value.length > 10 ? '+999999999-12-31T00:00:00Z' : '+999999999-12-31')),
        ]);
        out.push([
          `year 0 in ${name}`,
          json,
          JSON.stringify(replaced(body, path, value.length > 10 ? '0000-01-01T00:00:00Z' : '0000-01-01')),
        ]);
      }
    } else if (typeof value === 'number') {
      out.push([
        `integer past 2^63 in ${name}`,
        json,
        JSON.stringify(replaced(body, path, '__big__')).replace('"__big__"', '92233720368547758070'),
      ]);
    } else if (Array.isArray(value)) {
      out.push([`[null] in ${name}`, json, JSON.stringify(replaced(body, path, [null]))]);
    }
  }
  const text = JSON.stringify(body);
  if (body && typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length) {
    const [first] = Object.entries(body);
    out.push([
      `key ${first[0]} given twice`,
      json,
      `{${JSON.stringify(first[0])}:${JSON.stringify(first[1])},${text.slice(1)}`,
    ]);
  }
  out.push(['cut-off JSON', json, text.slice(0, Math.max(1, Math.floor(text.length / 2)))]);
  out.push(['nested arrays', json, '['.repeat(5000) + ']'.repeat(5000)]);
  out.push(['null body', json, 'null']);
  out.push(['a list for an object', json, '[]']);
  out.push(['text/plain', 'text/plain', text]);
  out.push(['XML', 'application/xml', '<meeting><title>x</title></meeting>']);
  out.push(['multipart without a boundary', 'multipart/form-data', text]);
  return out;
}

/** Ids that exist, taken from the collection above each path parameter; an id nobody has where there is none. */
async function resolvePath(client: APIRequestContext, path: string): Promise<string> {
  let resolved = '';
  for (const segment of path.split('/').slice(1)) {
    const param = /^\{(.+)\}$/.exec(segment)?.[1];
    if (!param) {
      resolved += `/${segment}`;
      continue;
    }
    let value = NOBODY;
    if (param === 'year') value = String(YEAR);
    else if (param === 'period') value = `${YEAR}-06`;
    else {
      const res = await client.get(`${resolved}?size=5`);
      if (res.ok()) {
        const data = await res.json().catch(() => null);
        const items: Record<string, unknown>[] = Array.isArray(data)
          ? data
          : Array.isArray(data?.items)
            ? data.items
            : [];
        const id = items.map((i) => i[param] ?? i.id).find((v) => typeof v === 'string');
        if (id) value = id as string;
      }
    }
    resolved += `/${value}`;
  }
  return resolved;
}

test('no write operation answers a 5xx, or takes, any hostile variant of its input', async () => {
  const anonymous = await request.newContext({ baseURL: GATEWAY });
  const doc = (await (await anonymous.get('/api/v1/openapi.json')).json()) as Document;
  const failures: string[] = [];
  let sent = 0;
  for (const account of ['admin.demo', 'unitofficer.demo']) {
    const client = await request.newContext({
      baseURL: GATEWAY,
      extraHTTPHeaders: { Authorization: `Bearer ${await tokenFor(account)}` },
    });
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!WRITES.includes(method)) continue;
        const path = await resolvePath(client, template);
        const query = (operation.parameters ?? []).some((p) => p.in === 'query' && p.name === 'version')
          ? '?version=0'
          : '';
        const content = operation.requestBody?.content ?? {};
        const tries: [string, string, string, string][] = [];
        if (content['application/json']) {
          for (const [what, type, raw] of variants(sample(doc, content['application/json'].schema)))
            tries.push([what, path + query, type, raw]);
        } else if (content['multipart/form-data']) {
          tries.push(['JSON for a form', path + query, 'application/json', '{"kind":"x"}']);
          tries.push([
            'form without its file',
            path + query,
            'multipart/form-data; boundary=b',
            '--b\r\nContent-Disposition: form-data; name="kind"\r\n\r\nx\r\n--b--\r\n',
          ]);
          tries.push([
            'cut-off form',
            path + query,
            'multipart/form-data; boundary=b',
            '--b\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.pdf"\r\n',
          ]);
          tries.push(['empty form', path + query, 'multipart/form-data; boundary=b', '']);
        } else {
          tries.push(['a body where none is taken', path + query, 'application/json', '{"note":"x"}']);
        }
        tries.push(['%00 in the path', `${path}%00${query}`, 'application/json', '{}']);
        if (query) tries.push(['%00 as the version', `${path}?version=%00`, 'application/json', '{}']);
        for (const [what, url, type, raw] of tries) {
          sent++;
          const res = await client.fetch(url, {
            method: method.toUpperCase(),
            headers: { 'Content-Type': type },
            data: Buffer.from(raw),
          });
          const problem = (res.headers()['content-type'] ?? '').startsWith('application/problem+json');
          if (res.status() < 400 || res.status() >= 500 || !problem) {
            failures.push(
              `${account} ${method.toUpperCase()} ${template} — ${what}: ${res.status()} ${(await res.text()).slice(0, 200)}`,
            );
          }
        }
      }
    }
    await client.dispose();
  }
  await anonymous.dispose();
  console.log(`${sent} hostile requests sent, ${failures.length} not refused with a 4xx problem`);
  expect(failures, failures.join('\n')).toEqual([]);
});
