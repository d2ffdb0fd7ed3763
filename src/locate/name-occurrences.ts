import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { staticKeyName, unwrap } from '../util/ast.js';
import { cachedPerFile } from '../util/per-file-cache.js';
import type { Range } from '../util/text-edit.js';
import { walk } from '../util/walk.js';
import { jsonRange, memberName, type JsonSourceCode, type JsonValue } from './json-document.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Where a file writes a name:
 * - `string`: inside a string written in place (a literal, a chunk of a template literal, a JSON string or member name);
 * - `property`: a property read (`x.name`, `x['name']`), a destructured key (`const { name } = x`), or an object key.
 */
export interface NameOccurrence {
  form: 'string' | 'property';
  /** The literal, template chunk, identifier or JSON node, for reports. */
  node: unknown;
  /** The text of `node` in the source: quotes and template delimiters included. */
  range: Range;
  /** The string's value, or the property name. */
  text: string;
  /**
   * For a property: the static name of what it is read from or written into, when the code says it
   * (`event.debugContext.debugData.x` and `const { x } = y.debugData` → `debugData`; in JSON, the member holding the object).
   */
  holder: string | undefined;
  /** A shorthand `{ name }`: renaming the key alone would rename the variable too. */
  shorthand: boolean;
}

/** The last static name of an expression: `a.b.debugData` → `debugData`, `debugData` → `debugData`. */
function lastName(node: TSESTree.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  let expression = unwrap(node);
  if (expression.type === 'ChainExpression') expression = expression.expression;
  if (expression.type === 'Identifier') return expression.name;
  if (expression.type === 'MemberExpression') return staticKeyName(expression.property, expression.computed);
  return undefined;
}

/** What an object pattern destructures: the initializer or assigned value, or the key of the pattern it nests in. */
function patternSource(pattern: TSESTree.ObjectPattern): string | undefined {
  const parent = pattern.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id === pattern) return lastName(parent.init);
  if (parent?.type === 'AssignmentExpression' && parent.left === pattern) return lastName(parent.right);
  if (parent?.type === 'Property' && parent.value === pattern && parent.parent?.type === 'ObjectPattern') {
    return staticKeyName(parent.key, parent.computed);
  }
  return undefined;
}

/** The key name of an object in a literal: `{ debugData: { x: 1 } }` → `debugData` for the inner object. */
function objectSource(object: TSESTree.ObjectExpression): string | undefined {
  const parent = object.parent;
  return parent?.type === 'Property' && parent.value === object ? staticKeyName(parent.key, parent.computed) : undefined;
}

function estreeOccurrences(sourceCode: SourceCode, pattern: RegExp): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  const add = (occurrence: Omit<NameOccurrence, 'holder' | 'shorthand'> & Partial<NameOccurrence>) => {
    if (pattern.test(occurrence.text)) found.push({ holder: undefined, shorthand: false, ...occurrence });
  };
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    switch (node.type) {
      case 'Literal':
        // A computed member's string is taken with the member below, where what it is read from is known.
        if (typeof node.value === 'string' && !(node.parent?.type === 'MemberExpression' && node.parent.property === node)) {
          add({ form: 'string', node, range: node.range, text: node.value });
        }
        return;
      case 'TemplateElement': {
        const template = node.parent;
        const member = template?.parent;
        // `x[`name`]` is a property read: taken with the member below.
        if (member?.type === 'MemberExpression' && member.computed && member.property === template) return;
        add({ form: 'string', node, range: node.range, text: node.value.cooked ?? node.value.raw });
        return;
      }
      case 'MemberExpression': {
        const name = staticKeyName(node.property, node.computed);
        if (name === undefined) return;
        const form = node.computed ? 'string' : 'property';
        add({ form, node: node.property, range: node.property.range, text: name, holder: lastName(node.object) });
        return;
      }
      case 'Property': {
        if (node.computed || node.key.type !== 'Identifier') return;
        const holder =
          node.parent?.type === 'ObjectPattern' ? patternSource(node.parent) : node.parent?.type === 'ObjectExpression' ? objectSource(node.parent) : undefined;
        add({ form: 'property', node: node.key, range: node.key.range, text: node.key.name, holder, shorthand: node.shorthand });
        return;
      }
      default:
        return;
    }
  });
  return found;
}

function jsonOccurrences(sourceCode: JsonSourceCode, pattern: RegExp): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  // Iterative, so a deeply nested document cannot overflow the stack.
  const stack: { value: JsonValue; holder: string | undefined }[] = [{ value: sourceCode.ast.body, holder: undefined }];
  while (stack.length > 0) {
    const { value, holder } = stack.pop()!;
    if (value.type === 'String') {
      if (pattern.test(value.value)) found.push({ form: 'string', node: value, range: jsonRange(value), text: value.value, holder: undefined, shorthand: false });
    } else if (value.type === 'Object') {
      for (const member of value.members) {
        const name = memberName(member);
        if (pattern.test(name)) found.push({ form: 'string', node: member.name, range: jsonRange(member.name), text: name, holder, shorthand: false });
        stack.push({ value: member.value, holder: name });
      }
    } else if (value.type === 'Array') {
      for (const element of value.elements) stack.push({ value: element.value, holder: undefined });
    }
  }
  return found;
}

/**
 * Every string and property name in the file (ESTree or `@eslint/json`) whose text matches `pattern`, in source
 * order. Walks the whole file, so call it only behind a text gate that `pattern` implies. Cached per file and pattern.
 */
export const locateNameOccurrences: (sourceCode: SourceCode | JsonSourceCode, pattern: RegExp) => readonly NameOccurrence[] = cachedPerFile(
  (sourceCode: SourceCode | JsonSourceCode, pattern: RegExp): readonly NameOccurrence[] => {
    const isJson = (sourceCode.ast as { type: string }).type === 'Document';
    const found = isJson ? jsonOccurrences(sourceCode as JsonSourceCode, pattern) : estreeOccurrences(sourceCode as SourceCode, pattern);
    return found.sort((a, b) => a.range[0] - b.range[0]);
  },
);
