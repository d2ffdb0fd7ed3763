import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isKeptBeyondCall, locatePerRequestFunctions, runsPerRequest } from '../../src/locate/request-handlers.js';
import { walk } from '../../src/util/walk.js';
import { locateIn } from '../helpers/locate.js';

/** For each call of `probe()`, whether it runs per request and whether its value is kept beyond the call. */
function probes(code: string): string[] {
  return locateIn(code, (sourceCode: Readonly<TSESLint.SourceCode>) => {
    const perRequest = locatePerRequestFunctions(sourceCode);
    const found: string[] = [];
    walk(sourceCode.ast, sourceCode.visitorKeys, (node: TSESTree.Node) => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'probe') {
        const label = node.arguments[0]?.type === 'Literal' ? String(node.arguments[0].value) : '?';
        found.push(`${label}:${runsPerRequest(node, perRequest) ? 'per-request' : 'once'}${isKeptBeyondCall(node, sourceCode) ? ':kept' : ''}`);
      }
    });
    return found;
  });
}

describe('locatePerRequestFunctions', () => {
  it('knows handlers by registration, by parameters and by exported names', () => {
    expect(
      probes(
        [
          "app.get('/a', (req, res) => probe('express'));",
          "router.use(async (ctx, next) => { probe('koa'); });",
          "fastify.route({ method: 'GET', url: '/b', handler: async (request) => probe('fastify') });",
          "http.createServer((q, s) => probe('node'));",
          "export async function GET(request) { probe('next'); }",
          "export const handler = async (event, context) => probe('lambda');",
          "function middleware(req, res, next) { probe('params'); }",
          "probe('module');",
          "function startup() { probe('startup'); }",
          "items.map((item) => probe('callback'));",
        ].join('\n'),
      ),
    ).toEqual([
      'express:per-request',
      'koa:per-request',
      'fastify:per-request',
      'node:per-request',
      'next:per-request',
      'lambda:per-request',
      'params:per-request',
      'module:once:kept',
      'startup:once',
      'callback:once',
    ]);
  });

  it('follows same-file calls from handlers, unless the handler caches the result', () => {
    expect(
      probes(
        [
          "function helper() { return probe('helper'); }",
          "const loader = async () => probe('loader');",
          "let cached;",
          "app.post('/c', async (req, res) => { helper(); cached ??= await loader(); });",
        ].join('\n'),
      ),
    ).toEqual(['helper:per-request', 'loader:once']);
  });
});

describe('isKeptBeyondCall', () => {
  it('sees values stored in module state, on this, or in an outer Map', () => {
    expect(
      probes(
        [
          'let a; const cache = new Map();',
          "async function f() { a = await probe('assigned'); }",
          "async function g() { cache.set('k', (await probe('set')).keys); }",
          "async function h() { const local = await probe('via-local'); a = local; }",
          "async function i() { const local = await probe('local'); return local.keys; }",
          "class C { async load() { this.keys = await probe('this'); } }",
        ].join('\n'),
      ),
    ).toEqual(['assigned:once:kept', 'set:once:kept', 'via-local:once:kept', 'local:once', 'this:once:kept']);
  });
});
