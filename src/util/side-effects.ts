import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@typescript-eslint/utils/ast-utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/**
 * Whether evaluating an expression may do anything but give its value, so that deleting it could change what the
 * program does. Decided from the syntax alone, conservatively: anything not provably inert counts.
 *
 * Inert: literals; functions and arrows (creating one runs none of its code); object and array literals of inert
 * parts; `!`, `typeof`, `void`, `&&`, `||`, `??`, `?:` and `,` over inert parts (they only test truthiness);
 * `===` / `!==`; and the coercing operators (`+`, `-`, `<`, `==`, template interpolation, …) only over operands known
 * to be plain primitives (not objects, whose `valueOf` / `toString` may run code, nor BigInt or Symbol, which throw
 * when mixed). A variable read is inert when it cannot throw: it is declared in this file and, for `let`, `const` and
 * `class`, declared earlier in the same function (so it is past its temporal dead zone).
 *
 * Not inert: calls, `new`, tagged templates, assignments, `++` / `--`, `delete`, `await`, `yield`, `import()`, spread
 * (it runs iterators and getters), `in` / `instanceof` (they throw on primitives and run `Symbol.hasInstance`), member
 * reads (`a.b` may run a getter or a Proxy trap, and throws on `undefined`), reads of undeclared or imported names
 * (an import may be uninitialised in an import cycle), `this` and `super`, JSX (it calls a factory), class
 * expressions with `extends`, decorators, static blocks or impure static fields.
 *
 * Iterative with an explicit stack: linear in the size of the expression, whatever its depth.
 */
export function mayHaveSideEffect(expression: TSESTree.Node, scope: Scope): boolean {
  const stack: { node: TSESTree.Node; primitive: boolean }[] = [{ node: expression, primitive: false }];
  const inert = (node: TSESTree.Node | null | undefined, primitive = false) => {
    if (node) stack.push({ node, primitive });
  };
  while (stack.length > 0) {
    const { node, primitive } = stack.pop()!;
    switch (node.type) {
      case 'Literal':
        // A BigInt or a RegExp is not a plain primitive: mixing a BigInt with a number throws.
        if (primitive && ('bigint' in node || 'regex' in node)) return true;
        break;
      case 'TemplateLiteral':
        for (const inner of node.expressions) inert(inner, true);
        break;
      case 'Identifier':
        if (!isSafeRead(node, scope, primitive)) return true;
        break;
      case 'ObjectExpression':
        if (primitive) return true;
        for (const property of node.properties) {
          if (property.type !== 'Property') return true;
          if (property.computed) inert(property.key, true);
          // Getters, setters and methods are functions: defining one runs none of its code.
          if (property.kind === 'init' && !property.method) inert(property.value);
        }
        break;
      case 'ArrayExpression':
        if (primitive) return true;
        for (const element of node.elements) {
          if (element?.type === 'SpreadElement') return true;
          inert(element);
        }
        break;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
        if (primitive) return true;
        break;
      case 'ClassExpression':
        if (primitive || !isInertClass(node, inert)) return true;
        break;
      case 'UnaryExpression':
        if (node.operator === 'delete') return true;
        if (node.operator === '!' || node.operator === 'typeof' || node.operator === 'void') inert(node.argument);
        else inert(node.argument, true); // `-`, `+`, `~` convert their operand to a number
        break;
      case 'BinaryExpression':
        if (node.operator === 'in' || node.operator === 'instanceof') return true;
        if (node.operator === '===' || node.operator === '!==') {
          inert(node.left);
          inert(node.right);
        } else {
          inert(node.left, true);
          inert(node.right, true);
        }
        break;
      case 'LogicalExpression':
        inert(node.left, primitive);
        inert(node.right, primitive);
        break;
      case 'ConditionalExpression':
        inert(node.test);
        inert(node.consequent, primitive);
        inert(node.alternate, primitive);
        break;
      case 'SequenceExpression':
        node.expressions.forEach((inner, index) => inert(inner, primitive && index === node.expressions.length - 1));
        break;
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
        inert(node.expression, primitive);
        break;
      case 'MetaProperty':
        // `import.meta` and `new.target` are objects (or undefined): inert to read, not plain primitives.
        if (primitive) return true;
        break;
      default:
        return true;
    }
  }
  return false;
}

/** A class whose creation runs no code of the program: no `extends`, no decorators, no static code. */
function isInertClass(node: TSESTree.ClassExpression, inert: (node: TSESTree.Node | null | undefined, primitive?: boolean) => void): boolean {
  if (node.superClass || (node.decorators?.length ?? 0) > 0) return false;
  for (const member of node.body.body) {
    if (member.type === 'StaticBlock') return false;
    if ('decorators' in member && (member.decorators?.length ?? 0) > 0) return false;
    if ('computed' in member && member.computed) inert(member.key, true);
    if ((member.type === 'PropertyDefinition' || member.type === 'AccessorProperty') && member.static) inert(member.value);
  }
  return true;
}

/** Globals that no program can make throw on read, as long as the file does not declare its own. */
const inertGlobals = new Set(['undefined', 'NaN', 'Infinity']);

/** A read that cannot throw (and, for `primitive`, gives a plain primitive). */
function isSafeRead(identifier: TSESTree.Identifier, scope: Scope, primitive: boolean): boolean {
  const variable = findVariable(scope, identifier);
  if (!variable || variable.defs.length === 0) return inertGlobals.has(identifier.name) && (!variable || variable.scope.type === 'global');
  return !primitive && isInitializedAt(variable, identifier);
}

/**
 * The variable certainly holds its value when `at` runs: it has one declaration, and a `let` / `const` / `class` is
 * declared before `at` in the same function (not in a `switch`, whose cases can jump past a declaration). A `var`, a
 * function declaration, a parameter or a `catch` binding is always initialised. An import is not: in an import cycle
 * it may be read before the exporting module ran.
 */
export function isInitializedAt(variable: Variable, at: TSESTree.Node): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  switch (def.type) {
    case 'FunctionName':
    case 'Parameter':
    case 'CatchClause':
      return true;
    case 'Variable':
      if (def.parent.kind === 'var') return true;
      break;
    case 'ClassName':
      break;
    default:
      return false;
  }
  if (variable.scope.type === 'switch') return false;
  if (def.node.range[1] > at.range[0]) return false;
  return enclosingFunction(at) === enclosingFunction(def.node);
}

function enclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === 'FunctionDeclaration' ||
      current.type === 'FunctionExpression' ||
      current.type === 'ArrowFunctionExpression' ||
      current.type === 'StaticBlock' ||
      current.type === 'PropertyDefinition' ||
      current.type === 'AccessorProperty'
    ) {
      return current;
    }
  }
  return undefined;
}
