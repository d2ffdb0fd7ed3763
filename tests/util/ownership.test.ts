import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { canDelete, ownershipOf } from '../../src/util/ownership.js';
import { locateIn } from '../helpers/locate.js';

/**
 * Ownership of the object literal marked `/* here *\/` in `code`, with the argument of `sink(…)` as the one consumer
 * allowed to see it: can the entry at `path` (below that literal) be deleted?
 */
function deletable(code: string, path: readonly string[], assignment = false): boolean {
  return locateIn(
    code,
    (sourceCode) => {
      const marker = sourceCode.getAllComments().find((comment) => comment.value.trim() === 'here')!;
      const object = sourceCode.getNodeByRangeIndex(marker.range[1] + 1) as TSESTree.Node;
      let literal: TSESTree.Node | undefined = object;
      while (literal && literal.type !== 'ObjectExpression') literal = literal.parent;
      const isSink = (node: TSESTree.Node) => node.parent?.type === 'CallExpression' && node.parent.callee.type === 'Identifier' && node.parent.callee.name === 'sink';
      return canDelete(ownershipOf(literal!, isSink, sourceCode.scopeManager!), path, assignment);
    },
    'file.js',
  );
}

describe('ownership: may an entry of an object literal go?', () => {
  it.each([
    ['written inline in the sink', 'sink(/* here */ { a: { b: 1 } });', ['a', 'b']],
    ['a module variable read only by the sink', 'const cfg = /* here */ { a: 1, b: 2 };\nsink(cfg);', ['a']],
    ['a read of another key', 'const cfg = /* here */ { a: 1, b: 2 };\nsink(cfg);\nconsole.log(cfg.b);', ['a']],
    ['a write beside it', 'const cfg = /* here */ { a: { b: 1 } };\nsink(cfg);\ncfg.a.c = 2;', ['a', 'b']],
    ['through a spread into the sink', 'const base = /* here */ { a: 1 };\nsink({ ...base, c: 3 });', ['a']],
    ['through Object.assign into a new object', 'const base = /* here */ { a: 1 };\nsink(Object.assign({}, base));', ['a']],
    ['through JSON.stringify', 'const body = /* here */ { a: 1 };\nsink({ body: JSON.stringify(body) });', ['a']],
    ['a nested literal assigned into a config', 'const cfg = { x: 1 };\ncfg.features = /* here */ { a: 1 };\nsink(cfg);', ['a']],
    ['a module variable nothing reads at all', 'const cfg = /* here */ { a: 1 };', ['a']],
    ['a member of a variable handed to the sink', 'const settings = { widget: /* here */ { a: 1 } };\nsink(settings.widget);', ['a']],
    ['a member read into another variable the sink takes', 'const settings = { widget: /* here */ { a: 1 } };\nconst w = settings.widget;\nsink(w);', ['a']],
  ])('yes: %s', (_, code, path) => {
    expect(deletable(code, path)).toBe(true);
  });

  it.each([
    ['a read of the entry', 'const cfg = /* here */ { a: 1 };\nsink(cfg);\nconsole.log(cfg.a);', ['a']],
    ['a read of a holder of it', 'const cfg = /* here */ { a: { b: 1 } };\nsink(cfg);\nuse(cfg.a);', ['a', 'b']],
    ['a write through it', 'const cfg = /* here */ { a: { b: 1 } };\nsink(cfg);\ncfg.a.c = 2;', ['a']],
    ['a method call on a holder (this)', 'const cfg = /* here */ { a: { b: 1 }, m() {} };\nsink(cfg);\ncfg.m();', ['a', 'b']],
    ['a computed read', 'const cfg = /* here */ { a: 1 };\nsink(cfg);\nuse(cfg[key]);', ['a']],
    ['delete of a holder', 'const cfg = /* here */ { a: { b: 1 } };\nsink(cfg);\ndelete cfg.a;', ['a', 'b']],
    ['handed to another call', 'const cfg = /* here */ { a: 1 };\nsink(cfg);\nother(cfg);', ['a']],
    ['a member of a variable handed to another call too', 'const settings = { widget: /* here */ { a: 1 } };\nsink(settings.widget);\nother(settings.widget);', ['a']],
    ['a member of a variable tested', 'const settings = { widget: /* here */ { a: 1 } };\nsink(settings.widget);\nif (settings.widget.a) use();', ['a']],
    ['exported', 'export const cfg = /* here */ { a: 1 };\nsink(cfg);', ['a']],
    ['reassigned', 'let cfg = /* here */ { a: 1 };\nsink(cfg);\ncfg = {};', ['a']],
    ['Object.assign into a kept object', 'const kept = {};\nsink(Object.assign(kept, /* here */ { a: 1 }));', ['a']],
    ['a file with eval', 'const cfg = /* here */ { a: 1 };\nsink(cfg);\neval("cfg.a");', ['a']],
    ['an object in a with statement', 'function f(o) { const cfg = /* here */ { a: 1 };\n sink(cfg);\n with (o) { use(); } }', ['a']],
  ])('no: %s', (_, code, path) => {
    expect(deletable(code, path)).toBe(false);
  });

  it('an assignment to delete needs the object it writes into to stay the literal’s', () => {
    expect(deletable('const cfg = /* here */ { a: {} };\ncfg.a.b = 1;\nsink(cfg);', ['a', 'b'], true)).toBe(true);
    expect(deletable('const cfg = /* here */ { a: {} };\ncfg.a = other;\ncfg.a.b = 1;\nsink(cfg);', ['a', 'b'], true)).toBe(false);
  });
});
