import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { HOLE, resolverFor, type Resolver, type Value } from '../../src/resolve/index.js';
import { walk } from '../../src/util/walk.js';
import { locateIn } from '../helpers/locate.js';

/** A value as plain data: strings with `…` for holes, objects as `{ key: value }` (with `…open` / `…format`). */
function plain(resolver: Resolver, value: Value, depth = 0): unknown {
  if (depth > 6) return '…deep';
  switch (value.kind) {
    case 'string':
      return value.text.split(HOLE).join('…');
    case 'primitive':
      return value.value;
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const entry of value.entries) result[entry.key] = plain(resolver, resolver.entryValue(entry), depth + 1);
      if (value.open) result['…open'] = true;
      if (value.format) result['…format'] = value.format;
      return result;
    }
    case 'array':
      return value.items.map((item) => plain(resolver, resolver.itemValue(item, value.node), depth + 1));
    case 'url':
      return `url:${resolver.textsOf(value)[0]!.split(HOLE).join('…')}`;
    case 'function':
      return 'function';
    case 'oneOf':
      return { oneOf: value.options.map((option) => plain(resolver, option, depth + 1)) };
    case 'unknown':
      return `?${value.why}`;
  }
}

/** The values of the first argument of every `probe(…)` call, in order, and the time resolving them took. */
function timedProbes(code: string): { values: unknown[]; ms: number } {
  return locateIn(code, (sourceCode) => {
    const resolver = resolverFor(sourceCode);
    const found: unknown[] = [];
    const started = performance.now();
    walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'probe') {
        found.push(plain(resolver, resolver.value(node.arguments[0] as TSESTree.Node)));
      }
    });
    return { values: found, ms: performance.now() - started };
  });
}

const probe = (code: string) => timedProbes(code).values[0];

describe('the resolver: strings', () => {
  it('follows constants through + and templates, keeping a hole for what is known only at run time', () => {
    expect(probe("const B = '/api/v1/authn'; probe(ORG + B);")).toBe('…/api/v1/authn');
    expect(probe('const base = `${process.env.ORG}/api/v1`; const url = base + "/users/me/lifecycle/delete_sessions"; probe(url);')).toBe(
      '…/api/v1/users/me/lifecycle/delete_sessions',
    );
  });

  it('gives every write of a let as an alternative, and a write it cannot read as a hole', () => {
    expect(probe("let u = '/a'; if (c) u = '/b'; probe(u);")).toEqual({ oneOf: ['/a', '/b'] });
    expect(probe("let u = '/a'; items.forEach(() => { u = x; }); probe(u);")).toEqual({ oneOf: ['/a', '?runtime'] });
    expect(probe("let u = '/a'; u += '/b'; probe(u);")).toEqual({ oneOf: ['/a', '?runtime'] });
  });

  it('reads every branch of ?:, || and ??, and only the one a static test picks', () => {
    expect(probe("probe(isProd ? '/prod' : '/dev');")).toEqual({ oneOf: ['/prod', '/dev'] });
    expect(probe("probe(true ? '/prod' : '/dev');")).toBe('/prod');
    expect(probe("probe(process.env.URL || '/fallback');")).toEqual({ oneOf: ['?runtime', '/fallback'] });
    expect(probe("probe('/set' ?? '/fallback');")).toBe('/set');
  });

  it('builds new URL(path, base), util.format, url.toString() and href', () => {
    expect(probe("probe(new URL('/api/v1/authn', org).href);")).toBe('…/api/v1/authn');
    expect(probe("probe(new URL('/api/v1/authn', 'https://acme.okta.com/x/y'));")).toBe('url:https://acme.okta.com/api/v1/authn');
    expect(probe("probe(util.format('/api/v1/sessions/%s', id));")).toBe('/api/v1/sessions/…');
    expect(probe("const u = new URL('/api/v1/sessions', org); u.searchParams.set('additionalFields', 'cookieToken'); probe(u.toString());")).toBe(
      '…/api/v1/sessions?additionalFields=cookieToken',
    );
  });

  it('turns URLSearchParams into a form shape and a query string', () => {
    expect(probe("const p = new URLSearchParams({ grant_type: 'password' }); p.append('scope', 'openid'); probe(p);")).toEqual({
      grant_type: 'password',
      scope: 'openid',
      '…format': 'form',
    });
    expect(probe("const p = new URLSearchParams({ additionalFields: 'cookieToken' }); probe(`${org}/api/v1/sessions?${p}`);")).toBe(
      '…/api/v1/sessions?additionalFields=cookieToken',
    );
    expect(probe("probe(new URLSearchParams('a=1&b=two%20words'));")).toEqual({ a: '1', b: 'two words', '…format': 'form' });
  });

  it('caps a doubling template chain while concatenating', () => {
    const lines = ["const a0 = 'xxxxxxxx';"];
    for (let index = 1; index <= 40; index++) lines.push(`const a${index} = \`\${a${index - 1}}\${a${index - 1}}\`;`);
    lines.push('probe(a40);');
    const { values, ms } = timedProbes(lines.join('\n'));
    const value = values[0] as string;
    expect(ms).toBeLessThan(200);
    expect(value.length).toBe(2049);
    expect(value.endsWith('…')).toBe(true);
  });
});

describe('the resolver: objects', () => {
  it('merges spreads, Object.assign and later member writes, in source order', () => {
    expect(probe("const defaults = { a: 1 }; const cfg = { ...defaults, b: 2 }; cfg.c = 3; probe(cfg);")).toEqual({ a: 1, b: 2, c: 3 });
    expect(probe('const cfg = Object.assign({}, { a: 1 }, { b: 2 }); probe(cfg);')).toEqual({ a: 1, b: 2 });
    expect(probe("const body = { username, password }; body.audience = aud; probe(body);")).toEqual({ username: '?runtime', password: '?runtime', audience: '?runtime' });
    expect(probe("const cfg = { features: { a: true } }; cfg.features.registration = true; probe(cfg);")).toEqual({ features: { a: true, registration: true } });
    expect(probe("const cfg = {}; Object.assign(cfg, { features: { registration: true } }); probe(cfg);")).toEqual({ features: { registration: true } });
  });

  it('marks an object open when a spread, a computed key or a write cannot be read, and keeps what it knows', () => {
    expect(probe("probe({ ...unknownThing, scope: 'x' });")).toEqual({ scope: 'x', '…open': true });
    expect(probe('const cfg = { a: 1 }; cfg[key] = 2; probe(cfg);')).toEqual({ a: 1, '…open': true });
    expect(probe("const K = 'b'; probe({ [K]: 1, [other]: 2 });")).toEqual({ b: 1, '…open': true });
  });

  it('records where each key was written, and whether it always is', () => {
    const entries = locateIn("const body = { username }; if (x) body.audience = aud; body.scope = 's'; probe(body);", (sourceCode) => {
      const resolver = resolverFor(sourceCode);
      let value: Value | undefined;
      walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
        if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'probe') value = resolver.value(node.arguments[0]!);
      });
      return value?.kind === 'object' ? value.entries.map((entry) => [entry.key, entry.origin.type, entry.definite, sourceCode.getText(entry.keyNode as never)]) : [];
    });
    expect(entries).toEqual([
      ['username', 'property', true, 'username'],
      ['audience', 'assignment', false, 'body.audience'],
      ['scope', 'assignment', true, 'body.scope'],
    ]);
  });

  it('reads members, destructuring and defaults', () => {
    expect(probe("const settings = { widget: { baseUrl: 'x' } }; probe(settings.widget);")).toEqual({ baseUrl: 'x' });
    expect(probe("const { widget } = { widget: { a: 1 } }; probe(widget);")).toEqual({ a: 1 });
    expect(probe("const { method = 'GET' } = {}; probe(method);")).toBe('GET');
    expect(probe("const [first] = ['/a', '/b']; probe(first);")).toBe('/a');
    expect(probe("const { a: { b = 'deep' } } = { a: {} }; probe(b);")).toBe('deep');
  });

  it('gives a conditional config both branches', () => {
    expect(probe("const prodCfg = { a: 1 }; const devCfg = { b: 2 }; probe(isProd ? prodCfg : devCfg);")).toEqual({ oneOf: [{ a: 1 }, { b: 2 }] });
  });

  it('keeps JSON.stringify and qs.stringify bodies as shapes with their format', () => {
    expect(probe("probe(JSON.stringify({ a: 1 }));")).toEqual({ a: 1, '…format': 'json' });
    expect(probe("import qs from 'qs'; probe(qs.stringify({ a: 1 }));")).toEqual({ a: 1, '…format': 'form' });
    expect(probe("const qs = { stringify: (x) => x }; probe(qs.stringify({ a: 1 }));")).toEqual({ a: 1 });
  });
});

describe('the resolver: parameters, wrappers and classes', () => {
  it('reads a parameter as every same-file argument, and an escaping function as also unknown', () => {
    expect(probe("function get(path) { probe(path); } get('/a'); get('/b');")).toEqual({ oneOf: ['/a', '/b'] });
    expect(probe("export function get(path) { probe(path); } get('/a');")).toEqual({ oneOf: ['/a', '?param'] });
    expect(probe('function get(path) { probe(path); } items.map(get);')).toBe('?param');
    expect(probe("function get(path = '/default') { probe(path); } get();")).toBe('/default');
  });

  it('evaluates a wrapper per call site and tells which parameters a value used', () => {
    const result = locateIn(
      "const ORG = process.env.ORG;\nasync function oktaRequest(path, body) { return fetch(`${ORG}${path}`, { method: 'POST', body: JSON.stringify(body) }); }\noktaRequest('/api/v1/authn', { username });\noktaRequest('/api/v1/users', {});",
      (sourceCode) => {
        const resolver = resolverFor(sourceCode);
        const fn = (sourceCode.ast.body[1] as TSESTree.FunctionDeclaration);
        const fetchCall = ((fn.body.body[0] as TSESTree.ReturnStatement).argument as TSESTree.CallExpression);
        const free = resolver.track(() => resolver.texts(fetchCall.arguments[0]!));
        const sites = resolver.callSites(fn)!;
        const perSite = sites.calls.map((call) => {
          const context = resolver.contextFor(fn, call);
          const tracked = resolver.track(() => resolver.texts(fetchCall.arguments[0]!, context).map((text) => text.text.split(HOLE).join('…')));
          return [tracked.result, tracked.parameters.get(fn)];
        });
        return { free: free.result.map((text) => text.text.split(HOLE).join('…')), freeMask: free.parameters.get(fn), perSite, escapes: sites.escapes };
      },
    );
    expect(result).toEqual({
      free: ['…/api/v1/authn', '…/api/v1/users'],
      freeMask: 1,
      perSite: [
        [['…/api/v1/authn'], 1],
        [['…/api/v1/users'], 1],
      ],
      escapes: false,
    });
  });

  it('reads what a same-file function returns for a call', () => {
    expect(probe("function apiPath(p) { return '/api/v1' + p; } probe(apiPath('/authn'));")).toBe('/api/v1/authn');
    expect(probe("const url = (id) => `/api/v1/sessions/${id}`; probe(url('me'));")).toBe('/api/v1/sessions/me');
    expect(probe('function f(n) { return f(n); } probe(f(1));')).toBe('?cycle');
  });

  it('reads this.x from the constructor and fields, with every write in a method as another alternative', () => {
    expect(probe("class A { constructor() { this.base = '/api/v1'; } go() { probe(this.base); } }")).toBe('/api/v1');
    expect(probe("class A { #base = '/api/v1'; go() { probe(this.#base); } }")).toBe('/api/v1');
    expect(probe("class A { base = '/a'; reset() { this.base = '/b'; } go() { probe(this.base); } }")).toEqual({ oneOf: ['/a', '/b'] });
    expect(probe("class A { constructor(org) { this.org = org; } go() { probe(this.org); } } new A('https://acme.okta.com');")).toBe('https://acme.okta.com');
    expect(probe("class B { constructor() { this.base = '/b'; } } class A extends B { go() { probe(this.base); } }")).toBe('/b');
    expect(probe("function plain() { probe(this.base); }")).toBe('?runtime');
  });

  it('tells a member written for every instance (a field, a constructor statement) from one a method may write', () => {
    const writes = locateIn(
      "class Api {\n  #base = '/api/v1';\n  constructor(org) {\n    this.http = create(org);\n    if (org) this.org = org;\n  }\n  reset() { this.http = create(); }\n}",
      (sourceCode) => {
        const resolver = resolverFor(sourceCode);
        const index = resolver.classIndex(sourceCode.ast.body[0] as TSESTree.ClassDeclaration);
        return [...index.writes].map(([key, list]) => [key, list.map((write) => `${write.where}:${write.definite}`)]);
      },
    );
    expect(writes).toEqual([
      ['#base', ['field:true']],
      ['http', ['constructor:true', 'method:false']],
      ['org', ['constructor:false']],
    ]);
  });

  it('finds where a value stored in a variable or on this is read again', () => {
    const reads = locateIn(
      "class S { constructor() { this.http = axios.create(); } a() { return this.http.post('/x'); } }\nconst client = makeClient();\nconst { api } = client;\nclient.get();",
      (sourceCode) => {
        const resolver = resolverFor(sourceCode);
        const results: string[] = [];
        walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
          if (node.type === 'CallExpression' && node.callee.type !== 'MemberExpression' && node.callee.type === 'Identifier' && node.callee.name === 'makeClient') {
            for (const read of resolver.readsOf(node)) results.push(`${sourceCode.getText(read.node as never)}@${read.path.join('.')}`);
          }
          if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && sourceCode.getText(node.callee as never) === 'axios.create') {
            for (const read of resolver.readsOf(node)) results.push(`${sourceCode.getText(read.node as never)}@${read.path.join('.')}`);
          }
        });
        return results.sort();
      },
    );
    expect(reads).toEqual(['client@', 'client@', 'this.http@']);
  });
});

describe('the resolver: caps and cycles', () => {
  it('ends a cycle with an unknown value', () => {
    expect(probe('var a = b; var b = a; probe(a);')).toBe('?cycle');
  });

  it('stops a 3,000-long spread chain at the depth cap, without a stack overflow, quickly', () => {
    const lines = ['const c0 = { k0: 1 };'];
    for (let index = 1; index <= 3000; index++) lines.push(`const c${index} = { ...c${index - 1}, k${index}: ${index} };`);
    lines.push('probe(c3000);');
    const { values, ms } = timedProbes(lines.join('\n'));
    const value = values[0] as Record<string, unknown>;
    expect(ms).toBeLessThan(200);
    expect(value.k3000).toBe(3000);
    expect(value['…open']).toBe(true);
  });

  it('stops thousands of nested operators at the depth cap', () => {
    // (The TypeScript parser itself overflows the stack a little past 500 here.)
    expect(probe(`probe(${'!'.repeat(400)}true);`)).toBe('?runtime');
    expect(probe(`probe(${'!'.repeat(10)}true);`)).toBe(true);
  });

  it('caps the alternatives of a value', () => {
    const writes = Array.from({ length: 20 }, (_, index) => `if (c${index}) u = '/${index}';`).join('\n');
    expect(probe(`let u = '/start';\n${writes}\nprobe(u);`)).toBe('?alternatives');
  });
});
