import { describe, expect, it } from 'vitest';
import { locateHttpCalls } from '../../src/locate/http-call.js';
import { locateIn } from '../helpers/locate.js';

function calls(code: string) {
  return locateIn(code, locateHttpCalls).map((call) => ({
    client: call.client,
    method: call.method,
    path: call.url.path,
    query: call.url.query,
    prefixUnknown: call.url.prefixUnknown,
    body: call.body?.kind === 'object' ? Object.fromEntries(call.body.entries.map((entry) => [entry.key, true])) : undefined,
    bodyFormat: call.bodyFormat,
    hasQueryObject: call.query?.kind === 'object',
  }));
}

describe('locateHttpCalls', () => {
  it('reads fetch with a template URL, method and a JSON.stringify body', () => {
    expect(calls('await fetch(`${orgUrl}/api/v1/sessions/${sid}/lifecycle/refresh`, { method: "post", body: JSON.stringify({ a: 1 }) });')).toEqual([
      { client: 'fetch', method: 'POST', path: '/api/v1/sessions/:param/lifecycle/refresh', query: '', prefixUnknown: true, body: { a: true }, bodyFormat: 'json', hasQueryObject: false },
    ]);
  });

  it('defaults fetch to GET, keeps the query apart, and drops a literal origin', () => {
    expect(calls("fetch('https://acme.okta.com/api/v1/sessions?additionalFields=cookieToken');")[0]).toMatchObject({
      method: 'GET',
      path: '/api/v1/sessions',
      query: 'additionalFields=cookieToken',
      prefixUnknown: false,
    });
  });

  it('follows + concatenation and a same-file const base', () => {
    const code = "const base = process.env.OKTA_ORG + '/api/v1';\nconst url = base + '/users/me/lifecycle/delete_sessions';\nwindow.fetch(url, { method: 'POST' });";
    expect(calls(code)[0]).toMatchObject({ method: 'POST', path: '/api/v1/users/me/lifecycle/delete_sessions', prefixUnknown: true });
  });

  it('resolves new URL(path, base)', () => {
    expect(calls("fetch(new URL('/api/v1/authn', org), { method: 'POST', body: JSON.stringify(payload) });")[0]).toMatchObject({
      path: '/api/v1/authn',
      method: 'POST',
    });
  });

  it('keeps a literal "me" segment and marks run-time segments', () => {
    expect(calls("fetch(`/api/v1/sessions/${'me'}`); fetch(`/api/v1/sessions/${id}`, { method: 'DELETE' });").map((c) => c.path)).toEqual([
      '/api/v1/sessions/me',
      '/api/v1/sessions/:param',
    ]);
  });

  it('leaves the method unknown when the init object cannot be resolved', () => {
    expect(calls("fetch('/api/v1/authn', init);")[0]?.method).toBeUndefined();
  });

  it('reads axios: verbs, config calls, params, and create() instances with baseURL', () => {
    const code = [
      "import axios from 'axios';",
      "await axios.post(`${org}/api/v1/sessions`, { sessionToken }, { params: { additionalFields: 'cookieToken' } });",
      "await axios({ method: 'delete', url: `${org}/api/v1/sessions/${id}` });",
      "const okta = axios.create({ baseURL: `${org}/api/v1` });",
      "await okta.get(`/sessions/${id}`);",
    ].join('\n');
    expect(calls(code)).toEqual([
      { client: 'axios', method: 'POST', path: '/api/v1/sessions', query: '', prefixUnknown: true, body: { sessionToken: true }, bodyFormat: 'json', hasQueryObject: true },
      { client: 'axios', method: 'DELETE', path: '/api/v1/sessions/:param', query: '', prefixUnknown: true, body: undefined, bodyFormat: undefined, hasQueryObject: false },
      { client: 'axios', method: 'GET', path: '/api/v1/sessions/:param', query: '', prefixUnknown: true, body: undefined, bodyFormat: undefined, hasQueryObject: false },
    ]);
  });

  it('reads got, ky and their prefixUrl instances', () => {
    const code = [
      "import got from 'got';",
      "import ky from 'ky';",
      "await got.post(`${okta}/api/v1/org/factors/okta_sms/lifecycle/deactivate`, { json: { a: 1 } });",
      "const api = ky.create({ prefixUrl: 'https://acme.okta.com/api/v1' });",
      "await api.post('authn', { json: { username, password, audience: app } });",
    ].join('\n');
    expect(calls(code).map((c) => [c.client, c.method, c.path, c.bodyFormat])).toEqual([
      ['got', 'POST', '/api/v1/org/factors/okta_sms/lifecycle/deactivate', 'json'],
      ['ky', 'POST', '/api/v1/authn', 'json'],
    ]);
  });

  it('reads superagent chains, the request library and node https', () => {
    const code = [
      "const request = require('superagent');",
      "const rp = require('request-promise');",
      "const https = require('node:https');",
      "request.post(`${org}/api/v1/eventHooks`).set('Authorization', token).send({ name: 'x' });",
      "rp({ uri: `${org}/api/v1/authn/recovery/password`, method: 'POST', json: { username } });",
      "https.request({ hostname: 'acme.okta.com', path: `/api/v1/sessions/${sid}`, method: 'DELETE' });",
    ].join('\n');
    expect(calls(code).map((c) => [c.client, c.method, c.path, c.body])).toEqual([
      ['superagent', 'POST', '/api/v1/eventHooks', { name: true }],
      ['request', 'POST', '/api/v1/authn/recovery/password', { username: true }],
      ['node-http', 'DELETE', '/api/v1/sessions/:param', undefined],
    ]);
  });

  it('reads form bodies (URLSearchParams) for token requests', () => {
    expect(calls("fetch(`${issuer}/v1/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'x' }) });")[0]).toMatchObject({
      path: '/v1/token',
      bodyFormat: 'form',
      body: { grant_type: true },
    });
  });

  it('ignores look-alikes: a local fetch, an express route, an unrelated get()', () => {
    const code = [
      'function fetch(url) { return url; }',
      "fetch('/api/v1/sessions/123');",
      "app.get('/api/v1/sessions/:id', handler);",
      "cache.get(`/api/v1/sessions/${id}`);",
    ].join('\n');
    expect(calls(code)).toEqual([]);
  });
});

describe('locateHttpCalls: jQuery and XMLHttpRequest (Classic-era custom pages)', () => {
  it('reads $.ajax settings, $.get query data and $.post form data, from the global and from an import', () => {
    const code = [
      "$.ajax({ url: `${org}/api/v1/sessions/${sid}`, type: 'DELETE' });",
      "jQuery.ajax(`${org}/api/v1/authn`, { method: 'POST', contentType: 'application/json', data: JSON.stringify({ username, audience }) });",
      "$.get(`${org}/login/getimage`, { username });",
      "$.post('/api/v1/authn/recovery/password', { username: u });",
    ].join('\n');
    expect(calls(code)).toEqual([
      { client: 'jquery', method: 'DELETE', path: '/api/v1/sessions/:param', query: '', prefixUnknown: true, body: undefined, bodyFormat: undefined, hasQueryObject: false },
      { client: 'jquery', method: 'POST', path: '/api/v1/authn', query: '', prefixUnknown: true, body: { username: true, audience: true }, bodyFormat: 'json', hasQueryObject: false },
      { client: 'jquery', method: 'GET', path: '/login/getimage', query: '', prefixUnknown: true, body: undefined, bodyFormat: undefined, hasQueryObject: true },
      { client: 'jquery', method: 'POST', path: '/api/v1/authn/recovery/password', query: '', prefixUnknown: false, body: { username: true }, bodyFormat: 'form', hasQueryObject: false },
    ]);
    expect(calls("import $ from 'jquery';\n$.getJSON(`${org}/api/v1/sessions/me`);").map((c) => [c.client, c.method, c.path])).toEqual([['jquery', 'GET', '/api/v1/sessions/me']]);
  });

  it('pairs XMLHttpRequest open() with the send() after it', () => {
    const code = [
      'const xhr = new XMLHttpRequest();',
      "xhr.open('POST', orgUrl + '/api/v1/authn');",
      "xhr.setRequestHeader('Content-Type', 'application/json');",
      'xhr.send(JSON.stringify({ username, password, audience }));',
    ].join('\n');
    expect(calls(code)).toEqual([
      { client: 'xhr', method: 'POST', path: '/api/v1/authn', query: '', prefixUnknown: true, body: { username: true, password: true, audience: true }, bodyFormat: 'json', hasQueryObject: false },
    ]);
  });

  it('ignores a local $ and a local XMLHttpRequest class', () => {
    const code = [
      "const $ = (selector) => document.querySelector(selector);",
      "$.get('/api/v1/sessions/123');",
      'class XMLHttpRequest { open() {} }',
      "new XMLHttpRequest().open('DELETE', '/api/v1/sessions/123');",
    ].join('\n');
    expect(calls(code)).toEqual([]);
  });

  it('follows a client kept on this, made in the constructor and again in a method: each request once, with each base', () => {
    const code = [
      "import axios from 'axios';",
      'class Api {',
      "  constructor(org) { this.http = axios.create({ baseURL: `${org}/api/v1` }); }",
      "  reset() { this.http = axios.create({ baseURL: 'https://acme.okta.com/api/v1' }); }",
      "  end(id) { return this.http.delete(`/sessions/${id}`); }",
      '}',
    ].join('\n');
    expect(locateIn(code, locateHttpCalls).map((call) => [call.client, call.method, call.url.path, call.urls.map((url) => url.prefixUnknown)])).toEqual([
      ['axios', 'DELETE', '/api/v1/sessions/:param', [true, false]],
    ]);
  });

  it('reads a same-file wrapper once per call site when its URL comes from a parameter, and once when it does not', () => {
    const code = [
      'async function oktaRequest(path, body) {',
      "  return fetch(`${ORG}${path}`, { method: 'POST', body: JSON.stringify(body) });",
      '}',
      "oktaRequest('/api/v1/authn', { username });",
      "oktaRequest('/api/v1/users', { profile });",
      'function refresh(body) {',
      "  return fetch(`${ORG}/api/v1/sessions/me/lifecycle/refresh`, { method: 'POST', body: JSON.stringify(body) });",
      '}',
      'refresh({ a: 1 });',
      'refresh({ b: 2 });',
    ].join('\n');
    const found = locateIn(code, (sourceCode) =>
      locateHttpCalls(sourceCode).map((call) => [call.url.path, sourceCode.getText(call.node as never), sourceCode.getText(call.urlNode as never), call.bodyViaParameter]),
    );
    expect(found).toEqual([
      ['/api/v1/authn', "oktaRequest('/api/v1/authn', { username })", "'/api/v1/authn'", true],
      ['/api/v1/users', "oktaRequest('/api/v1/users', { profile })", "'/api/v1/users'", true],
      ['/api/v1/sessions/me/lifecycle/refresh', expect.stringMatching(/^fetch\(/), '`${ORG}/api/v1/sessions/me/lifecycle/refresh`', true],
    ]);
  });

  it('keeps every URL a request may have, and what they share as its URL', () => {
    const code = "fetch(`${org}/api/v1/org/factors/okta_sms/lifecycle/${on ? 'activate' : 'deactivate'}`, { method: 'POST' });";
    const [call] = locateIn(code, locateHttpCalls);
    expect(call?.url.path).toBe('/api/v1/org/factors/okta_sms/lifecycle/:param');
    expect(call?.urls.map((url) => url.path)).toEqual(['/api/v1/org/factors/okta_sms/lifecycle/activate', '/api/v1/org/factors/okta_sms/lifecycle/deactivate']);
  });

  it('reads queries built apart from the URL', () => {
    const code = [
      "const params = new URLSearchParams({ additionalFields: 'cookieToken' });",
      "fetch(`${org}/api/v1/sessions?${params}`, { method: 'POST' });",
      "const url = new URL('/api/v1/sessions', org);",
      "url.searchParams.append('additionalFields', 'cookieToken');",
      "fetch(url.href, { method: 'POST' });",
    ].join('\n');
    expect(calls(code).map((call) => [call.path, call.query])).toEqual([
      ['/api/v1/sessions', 'additionalFields=cookieToken'],
      ['/api/v1/sessions', 'additionalFields=cookieToken'],
    ]);
  });
});
