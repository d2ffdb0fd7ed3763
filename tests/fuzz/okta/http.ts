import type { Builder } from './code.js';
import { payload } from './payloads.js';
import type { Fragment } from './widget.js';

/**
 * HTTP calls to Okta paths with every client the HTTP locator knows (fetch, axios and its instances, got, ky,
 * superagent, request, node `https`/`http`, jQuery, XMLHttpRequest), URLs written as literals, templates, `+`
 * concatenation, `new URL` and path variables, and look-alikes (`/api/v1/sessions/me`, an app's own routes).
 */

interface OktaPath {
  /** `{id}` marks a run-time part. */
  path: string;
  methods: readonly string[];
  /** The payload kind of the request body, when it has one. */
  body?: string;
}

export const oktaPaths: readonly OktaPath[] = [
  { path: '/api/v1/sessions/{id}', methods: ['GET', 'DELETE'] },
  { path: '/api/v1/sessions/{id}/lifecycle/refresh', methods: ['POST'] },
  { path: '/api/v1/sessions/me', methods: ['GET', 'DELETE'] },
  { path: '/api/v1/sessions/me/lifecycle/refresh', methods: ['POST'] },
  { path: '/api/v1/sessions', methods: ['POST'] },
  { path: '/api/v1/users/me/lifecycle/delete_sessions', methods: ['POST'] },
  { path: '/api/v1/users/{id}/sessions', methods: ['DELETE'] },
  { path: '/api/v1/authn', methods: ['POST'], body: 'authn-request' },
  { path: '/api/v1/authn/recovery/password', methods: ['POST'] },
  { path: '/api/v1/authn/recovery/unlock', methods: ['POST'] },
  { path: '/api/v1/authn/recovery/token', methods: ['POST'] },
  { path: '/api/v1/authn/credentials/reset_password', methods: ['POST'] },
  { path: '/api/v1/authn/factors', methods: ['POST'], body: 'factor-enrollment' },
  { path: '/api/v1/org/factors/okta_sms/lifecycle/activate', methods: ['POST'] },
  { path: '/api/v1/org/factors/okta_sms/lifecycle/deactivate', methods: ['POST'] },
  { path: '/api/v1/org/factors/okta_otp/lifecycle/activate', methods: ['POST'] },
  { path: '/api/v1/eventHooks', methods: ['POST'], body: 'event-hook' },
  { path: '/api/v1/eventHooks/{id}', methods: ['PUT'], body: 'event-hook' },
  { path: '/api/v1/inlineHooks', methods: ['POST'], body: 'inline-hook' },
  { path: '/api/v1/policies', methods: ['POST'], body: 'policy' },
  { path: '/api/v1/policies/{id}', methods: ['PUT'], body: 'policy' },
  { path: '/api/v1/policies/{id}/rules', methods: ['POST'], body: 'policy-rule' },
  { path: '/api/v1/policies/{id}/rules/{id}', methods: ['PUT'], body: 'policy-rule' },
  { path: '/api/v1/device-assurances', methods: ['POST'], body: 'device-assurance' },
  { path: '/api/v1/device-assurances/{id}', methods: ['PUT'], body: 'device-assurance' },
  { path: '/api/v1/authenticators', methods: ['POST'], body: 'authenticator' },
  { path: '/api/v1/authenticators/{id}/aaguids', methods: ['POST'], body: 'custom-aaguid' },
  { path: '/api/v1/users/{id}/factors', methods: ['POST'], body: 'factor-enrollment' },
  { path: '/api/v1/apps', methods: ['POST'], body: 'application' },
  { path: '/api/v1/apps/{id}', methods: ['PUT'], body: 'application' },
  { path: '/api/v1/apps/{id}/federated-claims', methods: ['POST'], body: 'federated-claim' },
  { path: '/api/v1/meta/schemas/user/default', methods: ['POST'], body: 'user-schema' },
  { path: '/api/v1/email-servers', methods: ['POST'], body: 'email-server' },
  { path: '/api/v1/telephony-providers', methods: ['POST'], body: 'telephony-provider' },
  { path: '/api/v1/identity-sources/{id}/sessions/{id}/bulk-upsert', methods: ['POST'], body: 'identity-source' },
  { path: '/api/v1/registration/{id}/register', methods: ['POST'] },
  { path: '/api/v1/registration/form', methods: ['GET'] },
  { path: '/api/v1/logs', methods: ['GET'] },
  { path: '/oauth2/v1/token', methods: ['POST'], body: 'token-request' },
  { path: '/oauth2/default/v1/token', methods: ['POST'], body: 'token-request' },
  { path: '/oauth2/{id}/v1/keys', methods: ['GET'] },
  { path: '/oauth2/v1/keys', methods: ['GET'] },
  { path: '/v1/token', methods: ['POST'], body: 'token-request' },
  { path: '/login/getimage', methods: ['GET'] },
  { path: '/idp/myaccount/password/complexity-requirements', methods: ['GET'] },
  { path: '/workload-principals/api/v1/ai-agents', methods: ['POST'], body: 'ai-agent' },
  { path: '/workload-principals/api/v1/ai-agents/{id}', methods: ['PUT', 'PATCH'], body: 'ai-agent' },
  { path: '/resource-servers/api/v1/client-auth-settings', methods: ['POST'], body: 'client-auth-settings' },
  { path: '/resource-servers/api/v1/mcp-servers/{id}/authorization-servers/{id}', methods: ['PATCH'], body: 'mcp-authorization-server' },
  { path: '/api/v1/apps/{id}/cwo/connections', methods: ['GET', 'POST'] },
  // An app's own routes: not Okta's.
  { path: '/api/v1/session/{id}', methods: ['GET', 'DELETE'] },
  { path: '/api/v2/sessions/{id}', methods: ['DELETE'] },
];

const queries = ['', '', '', '?additionalFields=cookieToken', '?limit=20', '?filter=eventType eq "user.session.start"'];

function base(b: Builder): string {
  return b.rng.pick(['process.env.OKTA_ORG_URL', 'orgUrl', 'config.oktaDomain', 'this.baseUrl', 'ISSUER']);
}

function literalUrl(b: Builder, path: string, query: string): string {
  return b.quote(`https://dev-123456.okta.com${path.replace(/\{id\}/g, '00u1abc')}${query}`);
}

/** The URL expression for a path, in one of the forms people write. */
function urlExpression(b: Builder, path: string, query: string, statements: string[]): string {
  const { rng } = b;
  const parts = path.split('{id}');
  const ids = () => rng.pick(['id', 'sessionId', 'req.params.id', 'user.id', 'policy.id', '`${id}`']);
  return rng.oneOf<string>([
    () => literalUrl(b, path, query),
    () => b.quote(`${path.replace(/\{id\}/g, '00u1abc')}${query}`),
    () => `\`\${${base(b)}}${parts.map((part) => part.replace(/`/g, '')).join('${' + ids() + '}')}${query}\``,
    () => [base(b), ...parts.flatMap((part, index) => (index === 0 ? [b.quote(part)] : [ids(), b.quote(part)]))].filter((part) => part !== "''").join(' + ') + (query ? ` + ${b.quote(query)}` : ''),
    () => {
      const variable = b.id('path');
      statements.push(b.declare(variable, b.quote(path.replace(/\{id\}/g, '00u1abc'))));
      return rng.chance(0.5) ? `${base(b)} + ${variable}` : `\`\${${base(b)}}\${${variable}}${query}\``;
    },
    () => `new URL(${b.quote(path.replace(/\{id\}/g, 'abc') + query)}, ${base(b)})${rng.pick(['', '.href', '.toString()'])}`,
  ]);
}

function bodyExpression(b: Builder, kind: string | undefined, statements: string[]): string {
  const { rng } = b;
  const data = payload(rng, kind);
  if (rng.chance(0.3)) {
    const variable = b.id('body');
    statements.push(b.declare(variable, b.render(data)));
    return variable;
  }
  return b.render(data);
}

export function httpFragment(b: Builder): Fragment {
  const { rng } = b;
  const target = rng.pick(oktaPaths);
  const method = rng.pick(target.methods);
  const lower = method.toLowerCase();
  const statements: string[] = [];
  const url = urlExpression(b, target.path, rng.pick(queries), statements);
  const hasBody = method !== 'GET' && method !== 'DELETE' && rng.chance(0.85);
  const body = hasBody ? bodyExpression(b, target.body, statements) : undefined;
  const jsonBody = body === undefined ? '' : rng.chance(0.7) ? `, body: JSON.stringify(${body})` : `, body: ${body}`;
  const headers = rng.chance(0.5) ? `, headers: { Authorization: \`SSWS \${token}\`, 'Content-Type': 'application/json' }` : '';
  const awaited = rng.chance(0.6);
  const prefix = awaited ? 'await ' : '';
  const call = rng.oneOf<string>([
    () => `${rng.pick(['fetch', 'fetch', 'window.fetch', 'globalThis.fetch'])}(${url}${rng.chance(0.15) && method === 'GET' ? '' : `, { method: ${b.quote(method)}${headers}${jsonBody} }`})`,
    () => {
      const axios = b.bind('axios', undefined, 'axios');
      return rng.oneOf<string>([
        () => `${axios}.${lower}(${url}${body !== undefined ? `, ${body}` : ''})`,
        () => `${axios}({ method: ${b.quote(rng.chance(0.5) ? lower : method)}, url: ${url}${body !== undefined ? `, data: ${body}` : ''} })`,
        () => `${axios}.request({ url: ${url}, method: ${b.quote(lower)}${body !== undefined ? `, data: ${body}` : ''} })`,
        () => {
          const api = b.id('api');
          statements.push(b.declare(api, `${axios}.create({ baseURL: ${base(b)}, headers: { Authorization: token } })`));
          return `${api}.${lower}(${b.quote(target.path.replace(/\{id\}/g, 'abc'))}${body !== undefined ? `, ${body}` : ''})`;
        },
      ]);
    },
    () => {
      const got = b.bind('got', undefined, 'got');
      return rng.chance(0.5) ? `${got}.${lower}(${url}${body !== undefined ? `, { json: ${body} }` : ''}).json()` : `${got}(${url}, { method: ${b.quote(method)}${body !== undefined ? `, json: ${body}` : ''} })`;
    },
    () => {
      const ky = b.bind('ky', undefined, 'ky');
      return rng.chance(0.5) ? `${ky}.${lower}(${url}${body !== undefined ? `, { json: ${body} }` : ''}).json()` : `${ky}(${url}, { method: ${b.quote(lower)} })`;
    },
    () => {
      const superagent = b.bind('superagent', undefined, rng.pick(['superagent', 'request']));
      return `${superagent}.${lower === 'delete' ? rng.pick(['delete', 'del']) : lower}(${url})${body !== undefined ? `.send(${body})` : ''}.set('Accept', 'application/json')`;
    },
    () => {
      const request = b.bind('request', undefined, 'request');
      return `${request}({ uri: ${url}, method: ${b.quote(method)}${body !== undefined ? `, json: ${body}` : ''} }, (error, response) => {})`;
    },
    () => {
      const https = b.bind(rng.pick(['https', 'node:https', 'http']), undefined, 'https');
      const request = b.id('request');
      statements.push(
        rng.chance(0.5)
          ? b.declare(request, `${https}.request({ hostname: 'dev-123456.okta.com', path: ${b.quote(target.path.replace(/\{id\}/g, 'abc'))}, method: ${b.quote(method)}${headers} }, (response) => {})`)
          : b.declare(request, `${https}.request(${url}, { method: ${b.quote(method)} })`),
      );
      if (body !== undefined) statements.push(`${request}.write(JSON.stringify(${body}));`);
      return `${request}.end()`;
    },
    () => `$.ajax({ url: ${url}, type: ${b.quote(method)}${body !== undefined ? `, data: JSON.stringify(${body})` : ''} })`,
    () => {
      const xhr = b.id('xhr');
      statements.push(`const ${xhr} = new XMLHttpRequest();`, `${xhr}.open(${b.quote(method)}, ${url});`);
      return `${xhr}.send(${body !== undefined ? `JSON.stringify(${body})` : ''})`;
    },
  ]);
  statements.push(rng.chance(0.5) ? `${b.rng.pick(['const', 'let'])} ${b.id('response')} = ${prefix}${call};` : `${prefix}${call};`);
  return { statements, topLevel: false, async: awaited };
}
