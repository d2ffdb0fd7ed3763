import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { mayHaveSideEffect } from '../../src/util/side-effects.js';
import { locateIn } from '../helpers/locate.js';

/** Whether the initializer of `const value = …` in `code` may do something when evaluated. */
function effectful(code: string): boolean {
  return locateIn(code, (sourceCode) => {
    const declarator = sourceCode.ast.body
      .flatMap((statement) => (statement.type === 'VariableDeclaration' ? statement.declarations : []))
      .find((candidate): candidate is TSESTree.VariableDeclarator => candidate.id.type === 'Identifier' && candidate.id.name === 'value');
    const init = declarator!.init!;
    return mayHaveSideEffect(init, sourceCode.getScope(init));
  });
}

describe('mayHaveSideEffect', () => {
  it.each([
    ['a literal', 'const value = true;'],
    ['a string, a number, null, a regular expression, a BigInt', "const value = ['a', 1, null, /x+/g, 1n];"],
    ['a template of literals', 'const value = `a${1}${"b"}`;'],
    ['an object of literals, a method, a getter', 'const value = { a: 1, "b": [2], m() { effect(); }, get g() { return effect(); } };'],
    ['functions and arrows (their code does not run)', 'const value = [function () { effect(); }, () => effect()];'],
    ['a declared variable, read after its declaration', 'const flag = true;\nconst value = flag;'],
    ['a var, a function declaration (hoisted)', 'var early;\nfunction helper() {}\nconst value = [early, helper];'],
    ['undefined, NaN, Infinity', 'const value = [undefined, NaN, Infinity];'],
    ['!, typeof, void over inert parts', 'const flag = 1;\nconst value = [!flag, typeof flag, void flag];'],
    ['&&, ||, ??, ?: and a comma over inert parts', 'const a = 1;\nconst b = 2;\nconst value = (a && b) || (a ?? b) ? (0, a) : b;'],
    ['=== between variables (no conversion)', 'const a = {};\nconst value = a === a;'],
    ['arithmetic over literals', "const value = 1 + 2 * -3 + '4';"],
    ['a class with no heritage or static code', 'const value = class { x = effect(); method() { effect(); } static y = 1; };'],
    ['TypeScript wrappers', 'const a = 1;\nconst value = (a as number)! satisfies number;'],
  ])('inert: %s', (_, code) => {
    expect(effectful(code)).toBe(false);
  });

  it.each([
    ['a call', 'const value = effect();'],
    ['new', 'const value = new Date();'],
    ['a tagged template', 'const value = track`x`;'],
    ['an assignment', 'let a;\nconst value = (a = 1);'],
    ['++', 'let a = 1;\nconst value = a++;'],
    ['delete', 'const a = {};\nconst value = delete a.b;'],
    ['a comma expression with a call', 'const value = (effect(), true);'],
    ['a call deep in an object', 'const value = { a: { b: [1, { c: effect() }] } };'],
    ['a member read (a getter or a Proxy may run)', 'const a = {};\nconst value = a.b;'],
    ['an optional member read', 'const a = {};\nconst value = a?.b;'],
    ['a spread in an object (getters run)', 'const a = {};\nconst value = { ...a };'],
    ['a spread in an array (an iterator runs)', 'const a = [];\nconst value = [...a];'],
    ['a computed key that converts an object', 'const a = {};\nconst value = { [a]: 1 };'],
    ['an undeclared name (a ReferenceError)', 'const value = notDeclared;'],
    ['a let read before its declaration (temporal dead zone)', 'function f() { return later; }\nconst value = { a: () => 1, b: later };\nlet later = 1;'],
    ['an import (uninitialised in an import cycle)', "import flag from './flag';\nconst value = flag;"],
    ['a template that converts a variable (toString may run)', 'const a = {};\nconst value = `${a}`;'],
    ['+ on a variable (valueOf may run)', 'const a = {};\nconst value = a + 1;'],
    ['== on a variable (valueOf may run)', 'const a = {};\nconst value = a == 1;'],
    ['-BigInt mixed with a number throws', 'const value = 1n + 1;'],
    ['in', "const value = 'a' in {};"],
    ['instanceof', 'const value = {} instanceof Object;'],
    ['await', 'const value = await 1;'],
    ['this', 'const value = this;'],
    ['a class with extends', 'const value = class extends Object {};'],
    ['a class with a static block', 'const value = class { static { effect(); } };'],
    ['a class with a static field that calls', 'const value = class { static x = effect(); };'],
    ['import()', "const value = import('./x');"],
  ])('not inert: %s', (_, code) => {
    expect(effectful(code)).toBe(true);
  });

  it('is iterative: as deep as the parser goes', () => {
    // The TypeScript parser stops near 600 levels; the hostile-input test goes deeper with espree.
    expect(effectful(`const a = 1;\nconst value = ${'!'.repeat(500)}a;`)).toBe(false);
    expect(effectful(`const a = 1;\nconst value = [${'!'.repeat(500)}a, a${'.b()'.repeat(300)}];`)).toBe(true);
  });
});
