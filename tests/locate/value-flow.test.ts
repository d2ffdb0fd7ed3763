import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { carriesValue, followValue } from '../../src/locate/value-flow.js';
import { walk } from '../../src/util/walk.js';
import { locateIn } from '../helpers/locate.js';

/** Follows the value of `source()` and lists the first argument of each `sink(…)` that carries it. */
function sinks(code: string): string[] {
  return locateIn(code, (sourceCode: Readonly<TSESLint.SourceCode>) => {
    const calls: TSESTree.CallExpression[] = [];
    walk(sourceCode.ast, sourceCode.visitorKeys, (node: TSESTree.Node) => {
      if (node.type === 'CallExpression' && node.callee.type === 'Identifier') calls.push(node);
    });
    const source = calls.find((call) => (call.callee as TSESTree.Identifier).name === 'source')!;
    const flow = followValue(source, sourceCode);
    return calls
      .filter((call) => (call.callee as TSESTree.Identifier).name === 'sink' && call.arguments[0] && carriesValue(call.arguments[0], flow, sourceCode))
      .map((call) => sourceCode.getText(call.arguments[0]!));
  });
}

describe('followValue', () => {
  it('follows await, method calls, property reads, destructuring and ?? / templates', () => {
    expect(
      sinks(
        [
          'const data = await (await source()).json();',
          'const { items, title: t } = data;',
          'sink(data.description ?? "");',
          'sink(`${t}!`);',
          'sink(items[0]);',
          'sink(other);',
        ].join('\n'),
      ),
    ).toEqual(['data.description ?? ""', '`${t}!`', 'items[0]']);
  });

  it('follows .then callbacks and array callbacks, and JSON.parse', () => {
    expect(
      sinks(
        [
          'source().then((r) => r.text()).then((body) => { const parsed = JSON.parse(body); parsed.rules.forEach((rule) => sink(rule.text)); });',
          'const unrelated = [1].map((n) => sink(n));',
        ].join('\n'),
      ),
    ).toEqual(['rule.text']);
  });

  it('does not follow a value into another function', () => {
    expect(sinks('function f(x) { sink(x); }\nconst v = source();\nf(v);\nsink(v);')).toEqual(['v']);
  });

  it('does not follow a value out of a return', () => {
    expect(sinks('const w = (() => { return source(); })();\nsink(w);')).toEqual([]);
  });
});
