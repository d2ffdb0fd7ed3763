import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { text } from './text.js';
import { unknown, type Value } from './value.js';

/** The part of a TypeScript type this reads: a string literal type (`'/api/v1/authn'`), as the checker gives it. */
interface CheckerType {
  isStringLiteral?(): boolean;
  value?: unknown;
}

interface TypeServices {
  program?: { getTypeChecker(): { getTypeAtLocation(node: unknown): CheckerType } } | null;
  esTreeNodeToTSNodeMap?: { get(node: TSESTree.Node): unknown };
}

/**
 * The value of an imported binding, when the user's config gives type information (`parserOptions.projectService`
 * or `project`) and TypeScript knows it as a string literal: an `export const P = '/api/v1/…'` of another module.
 * Without type information, or for any other type, the import is unknown. Never throws: type information is a bonus,
 * and nothing requires it.
 */
export function importedValue(sourceCode: Readonly<TSESLint.SourceCode>, identifier: TSESTree.Identifier): Value {
  const services = sourceCode.parserServices as TypeServices | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!program || !map) return unknown(identifier, 'import');
  try {
    const type = program.getTypeChecker().getTypeAtLocation(map.get(identifier));
    if (type.isStringLiteral?.() && typeof type.value === 'string') return text(identifier, type.value);
  } catch {
    // A checker failure says nothing about the value.
  }
  return unknown(identifier, 'import');
}
