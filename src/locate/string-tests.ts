import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolverFor } from '../resolve/index.js';
import { staticKeyName, typeWrapperTypes, unwrap } from '../util/ast.js';
import { cachedPerFile } from '../util/per-file-cache.js';
import { hasOffsetIn } from '../util/string-literals.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A static string in the code, with the node that gives it. */
export interface StaticText {
  value: string;
  node: TSESTree.Node;
}

/**
 * A regular expression in the code: a literal, or `new RegExp('…', 'i')` with static arguments. Kept as source text:
 * linted code is never compiled or run (`src/util/regex-source.ts` reads it).
 */
export interface StaticRegex {
  source: string;
  flags: string;
  node: TSESTree.Node;
}

/**
 * A place where code tests a value against a fixed text: the ways display names get matched.
 * - `equality`: `x === 'text'`, `'text' != x`;
 * - `switch-case`: `switch (x) { case 'text': }`;
 * - `string-method`: `x.includes('text')`, `startsWith`, `endsWith`, `indexOf`, `localeCompare`;
 * - `array-includes`: `['a', 'b'].includes(x)` (and `indexOf`);
 * - `regex`: `/text/i.test(x)`, `re.exec(x)`, `x.match(/text/)`, `x.search(…)`, `x.matchAll(…)`;
 * - `selector`: a UI test looking the text up: Testing Library / Playwright `getByText`, `getByRole(…, { name })`,
 *   `getByLabel…`, Cypress `contains`, Playwright `text=…` and `:has-text("…")` selectors.
 */
export type StringTest =
  | { kind: 'equality'; node: TSESTree.BinaryExpression; text: StaticText; subject: TSESTree.Node; negated: boolean }
  | { kind: 'switch-case'; node: TSESTree.Node; text: StaticText; subject: TSESTree.Node }
  | { kind: 'string-method'; node: TSESTree.CallExpression; method: string; text: StaticText; subject: TSESTree.Node }
  | { kind: 'array-includes'; node: TSESTree.CallExpression; texts: StaticText[]; complete: boolean; subject: TSESTree.Node }
  | { kind: 'regex'; node: TSESTree.CallExpression; method: string; pattern: StaticRegex; subject: TSESTree.Node | undefined }
  | { kind: 'selector'; node: TSESTree.CallExpression; method: string; text: StaticText | undefined; pattern: StaticRegex | undefined };

const stringMethods = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'localeCompare']);
const regexOnSubject = new Set(['match', 'matchAll', 'search']);
const regexOnRegex = new Set(['test', 'exec']);
/** Testing Library (`getByText`, `findAllByLabelText`, …) and Playwright (`getByText`, `getByLabel`, `getByRole`, …). */
const testingLibraryQuery = /^(?:get|query|find)(?:All)?By(?:Text|LabelText|Label|Title|Role|PlaceholderText|Placeholder|AltText|DisplayValue)$/;
const isQuote = (char: string | undefined) => char === '"' || char === "'";
const isLineEnd = (char: string | undefined) => char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029';
const isBlank = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** `text=Foo`, `text="Foo"`: the whole selector is a text selector (one line, quotes optional). */
function wholeTextSelector(selector: string): string | undefined {
  if (!selector.startsWith('text=')) return undefined;
  let body = selector.slice('text='.length).trim();
  for (const char of body) if (isLineEnd(char)) return undefined;
  if (body.length > 1 && isQuote(body[0])) body = body.slice(1);
  if (body.length > 1 && isQuote(body[body.length - 1])) body = body.slice(0, -1);
  return body === '' ? undefined : body;
}

/**
 * The text of the first `:text("Foo")`, `:has-text('Foo')`, `:text-is(…)` in a selector: from the quote after the `(`
 * to the first later quote followed by `)`, on one line. Linear: the searches for the next closing quote and the
 * next line end only move forward, whatever the number of candidates.
 */
function pseudoClassText(selector: string): string | undefined {
  const closesAt = (quote: number) => {
    let after = quote + 1;
    while (isBlank(selector[after])) after++;
    return selector[after] === ')';
  };
  let closer = -1;
  let closerFrom = 0;
  let lineEnd = -1;
  let lineFrom = 0;
  for (const match of selector.matchAll(/:(?:has-)?text(?:-is)?\(/g)) {
    let index = match.index + match[0].length;
    while (isBlank(selector[index])) index++;
    if (!isQuote(selector[index])) continue;
    const start = index + 1;
    if (closer < start + 1) {
      closer = -1;
      for (let at = Math.max(closerFrom, start + 1); at < selector.length; at++) {
        closerFrom = at + 1;
        if (isQuote(selector[at]) && closesAt(at)) {
          closer = at;
          break;
        }
      }
    }
    if (closer === -1) return undefined;
    if (lineEnd < start) {
      lineEnd = selector.length;
      for (let at = Math.max(lineFrom, start); at < selector.length; at++) {
        lineFrom = at + 1;
        if (isLineEnd(selector[at])) {
          lineEnd = at;
          break;
        }
      }
    }
    if (closer < lineEnd) return selector.slice(start, closer);
  }
  return undefined;
}

/** The text a Playwright selector string looks up: `text=Foo`, `text="Foo"`, `:has-text("Foo")`, `:text("Foo")`. */
export function playwrightSelectorText(selector: string): string | undefined {
  return wholeTextSelector(selector) ?? pseudoClassText(selector);
}

function staticText(node: TSESTree.Node, sourceCode: SourceCode): StaticText | undefined {
  const expression = unwrap(node);
  if (expression.type === 'Literal') return typeof expression.value === 'string' ? { value: expression.value, node: expression } : undefined;
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
    const cooked = expression.quasis[0]?.value.cooked;
    return typeof cooked === 'string' ? { value: cooked, node: expression } : undefined;
  }
  if (expression.type !== 'Identifier' && expression.type !== 'MemberExpression' && expression.type !== 'BinaryExpression') return undefined;
  const value = resolverFor(sourceCode).string(expression);
  return value === undefined ? undefined : { value, node: expression };
}

function staticRegex(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): StaticRegex | undefined {
  const expression = unwrap(node);
  if (depth > 4) return undefined;
  if (expression.type === 'Literal' && 'regex' in expression && expression.regex) {
    return { source: expression.regex.pattern, flags: expression.regex.flags, node: expression };
  }
  if ((expression.type === 'NewExpression' || expression.type === 'CallExpression') && expression.callee.type === 'Identifier' && expression.callee.name === 'RegExp') {
    const [source, flags] = expression.arguments;
    const pattern = source && staticText(source, sourceCode);
    const flagText = flags ? staticText(flags, sourceCode)?.value : '';
    if (!pattern || flagText === undefined) return undefined;
    return { source: pattern.value, flags: flagText, node: expression };
  }
  if (expression.type === 'Identifier') {
    const resolver = resolverFor(sourceCode);
    const variable = resolver.variableOf(expression);
    const init = variable && resolver.initializer(variable);
    if (init) return staticRegex(init, sourceCode, depth + 1);
  }
  return undefined;
}

function calledMethod(call: TSESTree.CallExpression): { name: string; object: TSESTree.Node } | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression') return undefined;
  const name = staticKeyName(callee.property, callee.computed);
  return name === undefined ? undefined : { name, object: callee.object };
}

function selectorTests(call: TSESTree.CallExpression, method: string, sourceCode: SourceCode, tests: StringTest[]): void {
  const args = call.arguments;
  if (testingLibraryQuery.test(method)) {
    if (/ByRole$/.test(method)) {
      // getByRole('button', { name: 'Text' }): the accessible name is the text.
      const options = args[1] && unwrap(args[1]);
      const nameProperty =
        options?.type === 'ObjectExpression'
          ? options.properties.find((property): property is TSESTree.Property => property.type === 'Property' && staticKeyName(property.key, property.computed) === 'name')
          : undefined;
      if (nameProperty) {
        const text = staticText(nameProperty.value, sourceCode);
        const pattern = text ? undefined : staticRegex(nameProperty.value, sourceCode);
        if (text || pattern) tests.push({ kind: 'selector', node: call, method, text, pattern });
      }
      return;
    }
    if (args[0]) {
      const text = staticText(args[0], sourceCode);
      const pattern = text ? undefined : staticRegex(args[0], sourceCode);
      if (text || pattern) tests.push({ kind: 'selector', node: call, method, text, pattern });
    }
    return;
  }
  if (method === 'contains') {
    // Cypress: cy.contains('Text'), cy.contains('button', 'Text'), cy.contains(/Text/).
    const target = args.length >= 2 ? args[1] : args[0];
    if (!target) return;
    const text = staticText(target, sourceCode);
    const pattern = text ? undefined : staticRegex(target, sourceCode);
    if (text || pattern) tests.push({ kind: 'selector', node: call, method, text, pattern });
    return;
  }
  // Playwright selector strings passed to locator(), click(), waitForSelector(), $(), …
  const first = args[0] && staticText(args[0], sourceCode);
  const value = first ? playwrightSelectorText(first.value) : undefined;
  if (first && value !== undefined) tests.push({ kind: 'selector', node: call, method, text: { value, node: first.node }, pattern: undefined });
}

function callTests(call: TSESTree.CallExpression, sourceCode: SourceCode, tests: StringTest[]): void {
  const method = calledMethod(call);
  const callee = call.callee;
  const calleeName = method?.name ?? (callee.type === 'Identifier' ? callee.name : undefined);
  if (calleeName === undefined) return;
  const [first] = call.arguments;
  if (method && first) {
    const receiver = unwrap(method.object);
    if ((method.name === 'includes' || method.name === 'indexOf') && receiver.type === 'ArrayExpression') {
      const texts = receiver.elements.map((element) => (element && element.type !== 'SpreadElement' ? staticText(element, sourceCode) : undefined));
      const known = texts.filter((text): text is StaticText => text !== undefined);
      if (known.length > 0) tests.push({ kind: 'array-includes', node: call, texts: known, complete: known.length === texts.length, subject: first });
      return;
    }
    if (stringMethods.has(method.name)) {
      const text = staticText(first, sourceCode);
      if (text) tests.push({ kind: 'string-method', node: call, method: method.name, text, subject: method.object });
      return;
    }
    if (regexOnSubject.has(method.name)) {
      const pattern = staticRegex(first, sourceCode);
      if (pattern) tests.push({ kind: 'regex', node: call, method: method.name, pattern, subject: method.object });
      return;
    }
    if (regexOnRegex.has(method.name)) {
      const pattern = staticRegex(method.object, sourceCode);
      if (pattern) tests.push({ kind: 'regex', node: call, method: method.name, pattern, subject: first });
      return;
    }
  }
  selectorTests(call, calleeName, sourceCode, tests);
}

const literalTokens = new Set(['String', 'Template', 'RegularExpression']);

/** The token that covers `offset`, by binary search over the file's tokens (sorted by position). */
function tokenAt(tokens: readonly TSESTree.Token[], offset: number): TSESTree.Token | undefined {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.range[1] <= offset) low = middle + 1;
    else high = middle;
  }
  const token = tokens[low];
  return token && token.range[0] <= offset ? token : undefined;
}

/**
 * The string, template (without expressions) and regular expression literals whose source text matches `pattern`.
 * The pattern is searched in the file's text, so a file without it costs one scan; the tokens say which matches
 * are inside literals, and the tree is entered only along the paths that lead to them.
 */
function candidateLiterals(sourceCode: SourceCode, pattern: RegExp): TSESTree.Node[] {
  const tokens = sourceCode.ast.tokens ?? [];
  const search = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const offsets: number[] = [];
  let last: TSESTree.Token | undefined;
  for (let match = search.exec(sourceCode.text); match; match = search.exec(sourceCode.text)) {
    if (match[0] === '') search.lastIndex++;
    const token = tokenAt(tokens, match.index);
    if (!token || token === last || !literalTokens.has(token.type)) continue;
    last = token;
    offsets.push(token.range[0]);
  }
  if (offsets.length === 0) return [];
  const starts = new Set(offsets);
  const found: TSESTree.Node[] = [];
  // Depth first with an explicit stack (children pushed in reverse, so literals come out in source order): the tree
  // may be thousands of levels deep.
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'Literal' || (node.type === 'TemplateLiteral' && node.expressions.length === 0)) && starts.has(node.range[0])) {
      found.push(node);
      continue;
    }
    const keys = sourceCode.visitorKeys[node.type] ?? [];
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as unknown as Record<string, unknown>)[keys[k]!];
      const children = Array.isArray(child) ? child : [child];
      for (let index = children.length - 1; index >= 0; index--) {
        const candidate = children[index] as TSESTree.Node | null | undefined;
        if (candidate && typeof candidate.type === 'string' && candidate.range && hasOffsetIn(offsets, candidate.range[0], candidate.range[1])) stack.push(candidate);
      }
    }
  }
  return found;
}

/** Where a candidate literal (or a reference to a constant holding one) is used to test a value. */
function testsAround(node: TSESTree.Node, sourceCode: SourceCode, tests: StringTest[], seenCalls: Set<TSESTree.Node>, depth = 0): void {
  let current = node;
  while (current.parent && typeWrapperTypes.has(current.parent.type)) current = current.parent;
  const parent = current.parent;
  if (!parent || depth > 3) return;
  const viaCall = (call: TSESTree.CallExpression) => {
    if (seenCalls.has(call)) return;
    seenCalls.add(call);
    callTests(call, sourceCode, tests);
  };
  switch (parent.type) {
    case 'BinaryExpression': {
      if (!['===', '!==', '==', '!='].includes(parent.operator) || seenCalls.has(parent)) return;
      seenCalls.add(parent);
      const left = staticText(parent.left, sourceCode);
      const right = left ? undefined : staticText(parent.right, sourceCode);
      const text = left ?? right;
      if (text) tests.push({ kind: 'equality', node: parent, text, subject: left ? parent.right : parent.left, negated: parent.operator.startsWith('!') });
      return;
    }
    case 'SwitchCase': {
      const text = parent.test === current ? staticText(current, sourceCode) : undefined;
      const statement = parent.parent;
      if (text && statement?.type === 'SwitchStatement') tests.push({ kind: 'switch-case', node: current, text, subject: statement.discriminant });
      return;
    }
    case 'CallExpression':
      if (parent.arguments.includes(current as TSESTree.CallExpressionArgument)) viaCall(parent);
      return;
    case 'MemberExpression':
      // /re/.test(x), ['a', 'b'].includes(x)
      if (parent.object === current && parent.parent?.type === 'CallExpression' && parent.parent.callee === parent) viaCall(parent.parent);
      return;
    case 'SequenceExpression':
      // (sideEffect(), 'Text'): the value is the last expression.
      if (parent.expressions[parent.expressions.length - 1] === current) testsAround(parent, sourceCode, tests, seenCalls, depth + 1);
      return;
    case 'ArrayExpression':
    case 'NewExpression':
      // ['a', 'b'].includes(x); new RegExp('a', 'i').test(x)
      testsAround(parent, sourceCode, tests, seenCalls, depth + 1);
      return;
    case 'Property': {
      const object = parent.parent;
      if (parent.value !== current || object?.type !== 'ObjectExpression') return;
      let holder: TSESTree.Node = object;
      while (holder.parent && typeWrapperTypes.has(holder.parent.type)) holder = holder.parent;
      // getByRole('button', { name: 'Text' })
      if (holder.parent?.type === 'CallExpression') viaCall(holder.parent);
      // const NAMES = { DEFAULT: 'Text' }; … x === NAMES.DEFAULT
      const declarator = holder.parent;
      const key = staticKeyName(parent.key, parent.computed);
      if (declarator?.type !== 'VariableDeclarator' || declarator.init !== holder || declarator.id.type !== 'Identifier' || key === undefined) return;
      const resolver = resolverFor(sourceCode);
      const variable = resolver.variableOf(declarator.id);
      if (!variable || !resolver.initializer(variable)) return;
      for (const reference of variable.references) {
        const member = reference.identifier.parent;
        if (reference.isRead() && member?.type === 'MemberExpression' && member.object === reference.identifier && staticKeyName(member.property, member.computed) === key) {
          testsAround(member, sourceCode, tests, seenCalls, depth + 1);
        }
      }
      return;
    }
    case 'VariableDeclarator': {
      // const LABEL = 'Text'; … x === LABEL
      if (parent.init !== current || parent.id.type !== 'Identifier') return;
      const resolver = resolverFor(sourceCode);
      const variable = resolver.variableOf(parent.id);
      if (!variable || !resolver.initializer(variable)) return;
      for (const reference of variable.references) {
        if (reference.isRead()) testsAround(reference.identifier as TSESTree.Node, sourceCode, tests, seenCalls, depth + 1);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Every place the file tests a value against a fixed text or pattern (see `StringTest`) whose literal's source text
 * matches `pattern` (quotes and escapes included): a pattern for the words a rule looks for keeps the cost near zero
 * on files without them. Literals held in same-file constants are followed to where the constant is used. Cached
 * per file and pattern.
 */
export const locateStringTests: (sourceCode: SourceCode, pattern: RegExp) => readonly StringTest[] = cachedPerFile(
  (sourceCode: SourceCode, pattern: RegExp): readonly StringTest[] => {
    const tests: StringTest[] = [];
    const seen = new Set<TSESTree.Node>();
    for (const literal of candidateLiterals(sourceCode, pattern)) testsAround(literal, sourceCode, tests, seen);
    return tests.sort((a, b) => a.node.range[0] - b.node.range[0]);
  },
);
