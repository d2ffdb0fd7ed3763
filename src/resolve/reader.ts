import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CallSite } from './call-sites.js';
import type { Entry, FunctionNode, Item, Text, Value } from './value.js';

type Variable = TSESLint.Scope.Variable;

/**
 * A call site in which a function's parameters are bound to the call's arguments: a wrapper evaluated for one
 * caller. One level only: the arguments themselves are read without a context.
 */
export interface CallContext {
  fn: FunctionNode;
  call: CallSite;
}

/** What the parts of the resolver (objects and writes, calls and constructors) ask of it: the `Resolver` does all this. */
export interface ValueReader {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  value(node: TSESTree.Node, context?: CallContext): Value;
  entryValue(entry: Entry): Value;
  itemValue(item: Item, at: TSESTree.Node): Value;
  string(node: TSESTree.Node, context?: CallContext): string | undefined;
  textsOf(value: Value): string[];
  oneOf(node: TSESTree.Node, values: readonly Value[]): Value;
  fromTexts(node: TSESTree.Node, texts: Text[]): Value;
  propertyKey(node: TSESTree.Node, context: CallContext | undefined): string | undefined;
  isGlobal(name: string, node: TSESTree.Node): boolean;
  variableOf(identifier: TSESTree.Identifier): Variable | undefined;
  contextFor(fn: FunctionNode, call: CallSite): CallContext;
}
