import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ClassIndex, ClassNode } from './classes.js';
import { elementKey } from './classes.js';
import { limits } from './limits.js';
import type { FunctionNode } from './value.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export type CallSite = TSESTree.CallExpression | TSESTree.NewExpression;

/** The calls of a function that the file shows. */
export interface CallSites {
  calls: readonly CallSite[];
  /** The function may also be called from code the file does not show: exported, passed as a value, a public method. */
  escapes: boolean;
}

function isExported(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration';
}

/** Calls through the variable that names a function or class; any other use of the name lets it escape. */
function callsThrough(variable: Variable, declaredAt: TSESTree.Node, exported: boolean): CallSites | undefined {
  const calls: CallSite[] = [];
  let escapes = exported;
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    if (identifier === declaredAt) continue;
    if (reference.isWrite()) {
      escapes = true;
      continue;
    }
    const parent = identifier.parent;
    if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === identifier) calls.push(parent);
    else escapes = true;
  }
  return calls.length > limits.callSites ? undefined : { calls, escapes };
}

function namedVariable(sourceCode: SourceCode, declaration: TSESTree.Node, name: string): Variable | undefined {
  return sourceCode.getDeclaredVariables(declaration).find((variable) => variable.name === name);
}

/**
 * The same-file calls of a function: by its name (`function f`, `const f = () => …`), as a method (`this.m(…)` in its
 * class) or as a constructor (`new C(…)`). Undefined when the function has no name to be called by here, or more
 * calls than `limits.callSites`.
 */
export function findCallSites(fn: FunctionNode, sourceCode: SourceCode, classIndex: (node: ClassNode) => ClassIndex): CallSites | undefined {
  const parent = fn.parent;
  if (fn.type === 'FunctionDeclaration') {
    if (!fn.id) return undefined;
    const variable = namedVariable(sourceCode, fn, fn.id.name);
    return variable && callsThrough(variable, fn.id, isExported(fn));
  }
  if (parent?.type === 'VariableDeclarator' && parent.init === fn && parent.id.type === 'Identifier') {
    const variable = namedVariable(sourceCode, parent, parent.id.name);
    return variable && callsThrough(variable, parent.id, parent.parent?.type === 'VariableDeclaration' && isExported(parent.parent));
  }
  if (parent?.type === 'MethodDefinition' && parent.value === fn && !parent.static) {
    const classNode = parent.parent.parent as ClassNode;
    if (parent.kind === 'constructor') {
      if (classNode.type === 'ClassDeclaration' && classNode.id) {
        const variable = namedVariable(sourceCode, classNode, classNode.id.name);
        return variable && callsThrough(variable, classNode.id, isExported(classNode));
      }
      const holder = classNode.parent;
      if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier') {
        const variable = namedVariable(sourceCode, holder, holder.id.name);
        return variable && callsThrough(variable, holder.id, holder.parent?.type === 'VariableDeclaration' && isExported(holder.parent));
      }
      return undefined;
    }
    if (parent.kind !== 'method') return undefined;
    const name = elementKey(parent);
    if (name === undefined) return undefined;
    const calls: CallSite[] = [];
    for (const read of classIndex(classNode).reads.get(name) ?? []) {
      const call = read.parent;
      if (call?.type === 'CallExpression' && call.callee === read) calls.push(call);
    }
    // A method is public: other code may call it on an instance.
    return calls.length > limits.callSites ? undefined : { calls, escapes: true };
  }
  return undefined;
}
