import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName, variableOf } from '../util/ast.js';
import { walk } from '../util/walk.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Expressions and variables that hold a value derived from one start expression. */
export interface ValueFlow {
  nodes: ReadonlySet<TSESTree.Node>;
  variables: ReadonlySet<Variable>;
}

const passThrough = new Set(['AwaitExpression', 'ChainExpression', 'TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);
/** Array methods whose callback receives the items, and whose result still carries them. */
const iterating = new Set(['map', 'flatMap', 'filter', 'find', 'findLast', 'forEach', 'some', 'every', 'reduce']);

/** The identifiers a binding pattern declares, however deep it nests (an explicit stack, no recursion). */
function boundIdentifiers(root: TSESTree.Node): TSESTree.Identifier[] {
  const found: TSESTree.Identifier[] = [];
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const pattern = stack.pop()!;
    switch (pattern.type) {
      case 'Identifier':
        found.push(pattern);
        break;
      case 'ObjectPattern':
        for (let index = pattern.properties.length - 1; index >= 0; index--) {
          const property = pattern.properties[index]!;
          stack.push(property.type === 'RestElement' ? property.argument : property.value);
        }
        break;
      case 'ArrayPattern':
        for (let index = pattern.elements.length - 1; index >= 0; index--) {
          const element = pattern.elements[index];
          if (element) stack.push(element);
        }
        break;
      case 'AssignmentPattern':
        stack.push(pattern.left);
        break;
      case 'RestElement':
        stack.push(pattern.argument);
        break;
      default:
        break;
    }
  }
  return found;
}

/**
 * Follows a value through the code that handles it: `await`, `.json()` and other calls on it, property reads,
 * `.then(cb)` and array callbacks (their first parameter), variables and destructuring, `??`/`||`, templates and
 * string concatenation. Within one file; a value handed to another function is not followed into it.
 */
export function followValue(start: TSESTree.Node, sourceCode: SourceCode): ValueFlow {
  const nodes = new Set<TSESTree.Node>();
  const variables = new Set<Variable>();
  const queue: TSESTree.Node[] = [start];

  const taintPattern = (pattern: TSESTree.Node) => {
    for (const identifier of boundIdentifiers(pattern)) {
      const variable = variableOf(identifier, sourceCode.getScope(identifier));
      if (!variable || variables.has(variable)) continue;
      variables.add(variable);
      for (const reference of variable.references) {
        if (reference.isRead()) queue.push(reference.identifier as TSESTree.Node);
      }
    }
  };

  for (let steps = 0; queue.length > 0 && steps < 2000; steps++) {
    const node = queue.pop()!;
    if (nodes.has(node)) continue;
    nodes.add(node);
    const parent = node.parent;
    if (!parent) continue;
    if (passThrough.has(parent.type) || parent.type === 'LogicalExpression' || (parent.type === 'ConditionalExpression' && parent.test !== node)) {
      queue.push(parent);
    } else if (parent.type === 'TemplateLiteral' || (parent.type === 'BinaryExpression' && parent.operator === '+')) {
      queue.push(parent);
    } else if (parent.type === 'MemberExpression' && parent.object === node) {
      queue.push(parent);
      const method = staticKeyName(parent.property, parent.computed);
      const call = parent.parent;
      if (call?.type === 'CallExpression' && call.callee === parent && method && (method === 'then' || iterating.has(method))) {
        // The callback's first parameter (the accumulator's second for reduce) is the value, or one of its items.
        const callback = call.arguments[0];
        if (callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression')) {
          const parameter = callback.params[method === 'reduce' ? 1 : 0];
          if (parameter) taintPattern(parameter);
          // What the callback returns is the new value: `.then((r) => r.json())`.
          if (callback.body.type !== 'BlockStatement') {
            queue.push(callback.body);
          } else {
            walk(callback.body, sourceCode.visitorKeys, (inner) => {
              if (inner.type === 'ReturnStatement' && inner.argument) queue.push(inner.argument);
            });
          }
        }
      }
    } else if (parent.type === 'CallExpression' && parent.callee === node) {
      queue.push(parent);
    } else if (parent.type === 'CallExpression' && parent.callee.type === 'MemberExpression' && parent.arguments[0] === node) {
      // JSON.parse(text) still carries the text.
      const object = parent.callee.object;
      if (object.type === 'Identifier' && object.name === 'JSON' && staticKeyName(parent.callee.property, parent.callee.computed) === 'parse') queue.push(parent);
    } else if (parent.type === 'ReturnStatement' || parent.type === 'ArrowFunctionExpression') {
      // A returned value leaves the function: not followed.
    } else if (parent.type === 'VariableDeclarator' && parent.init === node) {
      taintPattern(parent.id);
    } else if (parent.type === 'AssignmentExpression' && parent.right === node) {
      if (parent.left.type === 'Identifier' || parent.left.type === 'ObjectPattern' || parent.left.type === 'ArrayPattern') taintPattern(parent.left);
    }
  }
  return { nodes, variables };
}

/** Whether an expression holds (part of) the followed value: it, or something inside it, is on the flow. */
export function carriesValue(expression: TSESTree.Node, flow: ValueFlow, sourceCode: SourceCode): boolean {
  let found = false;
  walk(expression, sourceCode.visitorKeys, (node) => {
    if (found) return;
    if (flow.nodes.has(node)) found = true;
    else if (node.type === 'Identifier') {
      const variable = variableOf(node, sourceCode.getScope(node));
      if (variable && flow.variables.has(variable)) found = true;
    }
  });
  return found;
}
