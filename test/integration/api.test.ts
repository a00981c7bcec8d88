import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { allServices } from '../../src/content/catalogue/index.ts';
import { exportHsds } from '../../src/features/api/export.ts';
import { testApp, type TestApp } from '../helpers/app.ts';

// The HSDS schemas shipped beside the repository (shared/reference), else our copy.
const sharedDir = new URL('../../../shared/reference/hsds-3.0/', import.meta.url);
function hsdsSchema(name: string): object {
  const shared = new URL(name, sharedDir);
  const file = existsSync(shared) ? shared : new URL(`../../src/content/hsds/${name.replace('compiled/', '').replace('.json', '.schema.json')}`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8'));
}
const ajv = addFormats.default(new Ajv.default({ strict: false, allErrors: true }));
const validateService = ajv.compile(hsdsSchema('compiled/service.json'));

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(async () => {
  await t?.close();
});

describe('HSDS API', () => {
  it('describes itself', async () => {
    const res = await t.app.inject({ url: '/api/v1/hsds/' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().version, '3.0');
    assert.match(res.json().openapi_url, /\/api\/v1\/openapi\.json$/);
  });

  it('pages services with the HSDS envelope and filters on search text', async () => {
    const res = await t.app.inject({ url: '/api/v1/hsds/services?per_page=5&page=2' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.total_items, allServices.length);
    assert.equal(body.page_number, 2);
    assert.equal(body.size, 5);
    assert.equal(body.total_pages, Math.ceil(allServices.length / 5));
    assert.equal(body.first_page, false);
    const search = (await t.app.inject({ url: '/api/v1/hsds/services?search=jobcoaching' })).json();
    assert.ok(search.total_items > 0 && search.total_items < allServices.length);
    for (const item of search.contents) {
      const r = validateService(item);
      assert.ok(r, JSON.stringify(validateService.errors));
    }
  });

  it('filters on modified_after', async () => {
    const future = (await t.app.inject({ url: '/api/v1/hsds/services?modified_after=2999-01-01T00:00:00Z' })).json();
    assert.equal(future.total_items, 0);
    const past = (await t.app.inject({ url: '/api/v1/hsds/services?modified_after=2000-01-01T00:00:00Z' })).json();
    assert.equal(past.total_items, allServices.length);
  });

  it('takes search criteria in a POST body, so they stay out of URLs', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/hsds/services', payload: { search: 'jobcoaching', gemeente: 'GM0106', per_page: 3 } });
    assert.equal(res.statusCode, 200);
    const get = (await t.app.inject({ url: '/api/v1/hsds/services?search=jobcoaching&gemeente=GM0106&per_page=3' })).json();
    assert.deepEqual(res.json(), get);
  });

  it('returns one nested service that validates against the HSDS 3.0 schema', async () => {
    const list = (await t.app.inject({ url: '/api/v1/hsds/services?per_page=100' })).json();
    for (const item of list.contents) {
      const res = await t.app.inject({ url: `/api/v1/hsds/services/${item.id}` });
      assert.equal(res.statusCode, 200);
      const service = res.json() as Record<string, any>;
      assert.ok(validateService(service), `${item.id}: ${JSON.stringify(validateService.errors)}`);
      assert.equal(service.organization.id, service.organization_id);
      assert.ok(service.x_inbeeld.help_kinds.length > 0);
    }
  });

  it('exports every service valid against the HSDS 3.0 schema', async () => {
    const page = await exportHsds(t.db);
    const contents = page.contents as object[];
    assert.equal(contents.length, allServices.length);
    for (const service of contents) assert.ok(validateService(service), JSON.stringify(validateService.errors));
  });

  it('refuses bad input with a 4xx and a Dutch message that names the field', async () => {
    const cases: Array<{ url: string; method?: 'GET' | 'POST'; payload?: unknown; status: number; field?: string }> = [
      { url: '/api/v1/hsds/services?kleur=rood', status: 400, field: 'kleur' },
      { url: `/api/v1/hsds/services?search=${'x'.repeat(10_000)}`, status: 400, field: 'search' },
      { url: '/api/v1/hsds/services?per_page=1000', status: 400, field: 'per_page' },
      { url: '/api/v1/hsds/services?page=abc', status: 400, field: 'page' },
      { url: '/api/v1/hsds/services?hulp=vliegen', status: 400, field: 'hulp.0' },
      { url: '/api/v1/hsds/services?gemeente=GM9999', status: 400, field: 'gemeente' },
      { url: '/api/v1/hsds/services?modified_after=gisteren', status: 400, field: 'modified_after' },
      { url: '/api/v1/hsds/services', method: 'POST', payload: { per_page: '5' }, status: 400, field: 'per_page' },
      { url: '/api/v1/hsds/services', method: 'POST', payload: { search: 12 }, status: 400, field: 'search' },
      { url: '/api/v1/hsds/services/bestaat-niet', status: 404 },
      { url: '/api/v1/hsds/services/00000000-0000-4000-8000-000000000000', status: 404 },
      { url: '/api/v1/nergens', status: 404 },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: c.method ?? 'GET', url: c.url, ...(c.payload ? { payload: c.payload as object } : {}) });
      assert.equal(res.statusCode, c.status, `${c.url.slice(0, 60)}: ${res.body.slice(0, 200)}`);
      const error = res.json().error;
      assert.ok(error.message.length > 10);
      if (c.field) assert.ok(error.fields.some((f: { field: string }) => f.field === c.field), `${c.url.slice(0, 60)}: ${JSON.stringify(error.fields)}`);
    }
    const broken = await t.app.inject({ method: 'POST', url: '/api/v1/hsds/services', headers: { 'content-type': 'application/json' }, payload: '{"search": ' });
    assert.equal(broken.statusCode, 400);
    assert.match(broken.json().error.message, /JSON klopt niet/);
    const huge = await t.app.inject({ method: 'POST', url: '/api/v1/hsds/services', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ search: 'x'.repeat(1_100_000) }) });
    assert.equal(huge.statusCode, 413);
    assert.match(huge.json().error.message, /te groot/);
  });

  it('publishes an OpenAPI document with the HSDS paths', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    assert.match(doc.openapi, /^3\./);
    for (const path of ['/api/v1/hsds/', '/api/v1/hsds/services', '/api/v1/hsds/services/{id}']) assert.ok(doc.paths[path], path);
    assert.ok(doc.paths['/api/v1/hsds/services'].post);
    assert.equal(Object.keys(doc.paths).some((p) => p.startsWith('/beheer')), false);
  });

  it('finds a gemeente by a village name', async () => {
    const res = (await t.app.inject({ url: '/api/v1/gemeenten?q=Haren' })).json();
    assert.ok(res.exact.some((g: { code: string }) => g.code === 'GM0014'));
  });
});
