/**
 * A small reader for the boolean shape of Okta Expression Language conditions (`a.b == 'x' && (c.d(…) OR !e)`):
 * enough to tell which comparisons and calls an expression joins with AND and which with OR. It reads comparisons,
 * `&&`/`AND`, `||`/`OR`, `!`/`NOT`, parentheses, dotted references and calls with arguments. Anything else
 * (ternaries, arithmetic, indexing, projections) makes it give up: callers then stay silent on what needs the shape.
 *
 * It reads any input in linear time and never recurses deeper than `maxDepth` (parentheses, `!`/`NOT` and call
 * arguments, together): past that it stops and says so (`null`), and callers stay silent on the whole expression.
 */

/** How deeply an expression may nest before the reader stops: far beyond any condition a person writes. */
export const maxDepth = 100;

export interface Span {
  /** Offsets in the expression text. */
  start: number;
  end: number;
}

export type ExpressionNode =
  | (Span & { kind: 'or' | 'and'; operands: ExpressionNode[]; operators: string[] })
  | (Span & { kind: 'not'; operand: ExpressionNode })
  | (Span & { kind: 'compare'; operator: string; left: ExpressionNode; right: ExpressionNode })
  | (Span & { kind: 'reference'; path: string })
  | (Span & { kind: 'call'; callee: string | undefined; args: ExpressionNode[] })
  | (Span & { kind: 'string'; value: string; quote: string })
  | (Span & { kind: 'literal'; text: string });

interface Token extends Span {
  kind: 'name' | 'string' | 'number' | 'punctuator';
  text: string;
  value?: string;
}

const wordOperators: Readonly<Record<string, string>> = { and: 'and', or: 'or', not: 'not' };

// Sticky patterns match at one offset, without copying the rest of the text for each token.
const namePattern = /[A-Za-z_$][\w$]*/y;
const numberPattern = /\d+(?:\.\d+)?/y;
const punctuatorPattern = /==|!=|<=|>=|&&|\|\||[<>!().,]/y;

function matchAt(pattern: RegExp, text: string, index: number): string | undefined {
  pattern.lastIndex = index;
  return pattern.exec(text)?.[0];
}

function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const start = index;
    if (char === "'" || char === '"') {
      let value = '';
      index++;
      for (;;) {
        if (index >= text.length) return undefined;
        const next = text[index]!;
        if (next === '\\' && index + 1 < text.length) {
          value += text[index + 1];
          index += 2;
        } else if (next === char && text[index + 1] === char) {
          // SpEL escapes a quote by doubling it.
          value += char;
          index += 2;
        } else if (next === char) {
          index++;
          break;
        } else {
          value += next;
          index++;
        }
      }
      tokens.push({ kind: 'string', text: text.slice(start, index), value, start, end: index });
      continue;
    }
    const name = matchAt(namePattern, text, index);
    if (name !== undefined) {
      index += name.length;
      tokens.push({ kind: 'name', text: name, start, end: index });
      continue;
    }
    const number = matchAt(numberPattern, text, index);
    if (number !== undefined) {
      index += number.length;
      tokens.push({ kind: 'number', text: number, start, end: index });
      continue;
    }
    const punctuator = matchAt(punctuatorPattern, text, index);
    if (punctuator === undefined) return undefined;
    index += punctuator.length;
    tokens.push({ kind: 'punctuator', text: punctuator, start, end: index });
  }
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;
  /** The input nests deeper than `maxDepth`: the reader stopped. */
  tooDeep = false;

  constructor(private readonly tokens: Token[]) {}

  parse(): ExpressionNode | undefined {
    const node = this.or();
    return node && this.index === this.tokens.length ? node : undefined;
  }

  /** Enters one level of nesting; false (and the reader stops) past `maxDepth`. */
  private enter(): boolean {
    if (++this.depth <= maxDepth) return true;
    this.tooDeep = true;
    return false;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** The operator word or symbol of a token, lower-cased for `and`/`or`/`not`. */
  private operator(token: Token | undefined): string | undefined {
    if (!token) return undefined;
    if (token.kind === 'punctuator') return token.text;
    if (token.kind === 'name') return wordOperators[token.text.toLowerCase()];
    return undefined;
  }

  private chain(kind: 'or' | 'and', symbols: readonly string[], next: () => ExpressionNode | undefined): ExpressionNode | undefined {
    const first = next();
    if (!first) return undefined;
    const operands = [first];
    const operators: string[] = [];
    while (symbols.includes(this.operator(this.peek()) ?? '')) {
      operators.push(this.peek()!.text);
      this.index++;
      const operand = next();
      if (!operand) return undefined;
      operands.push(operand);
    }
    if (operands.length === 1) return first;
    return { kind, operands, operators, start: first.start, end: operands[operands.length - 1]!.end };
  }

  private or(): ExpressionNode | undefined {
    if (!this.enter()) return undefined;
    const node = this.chain('or', ['||', 'or'], () => this.and());
    this.depth--;
    return node;
  }

  private and(): ExpressionNode | undefined {
    return this.chain('and', ['&&', 'and'], () => this.not());
  }

  private not(): ExpressionNode | undefined {
    // A run of `!` / `NOT` is read in a loop; each one still counts as a level of nesting.
    const operators: Token[] = [];
    for (let operator = this.operator(this.peek()); operator === '!' || operator === 'not'; operator = this.operator(this.peek())) {
      if (!this.enter()) return undefined;
      operators.push(this.peek()!);
      this.index++;
    }
    let node = this.comparison();
    for (let index = operators.length - 1; index >= 0 && node; index--) {
      node = { kind: 'not', operand: node, start: operators[index]!.start, end: node.end };
    }
    this.depth -= operators.length;
    return node;
  }

  private comparison(): ExpressionNode | undefined {
    const left = this.primary();
    if (!left) return undefined;
    const token = this.peek();
    if (token?.kind === 'punctuator' && ['==', '!=', '<', '<=', '>', '>='].includes(token.text)) {
      this.index++;
      const right = this.primary();
      return right && { kind: 'compare', operator: token.text, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private primary(): ExpressionNode | undefined {
    const token = this.peek();
    if (!token) return undefined;
    this.index++;
    if (token.kind === 'string') return { kind: 'string', value: token.value!, quote: token.text[0]!, start: token.start, end: token.end };
    if (token.kind === 'number') return { kind: 'literal', text: token.text, start: token.start, end: token.end };
    if (token.kind === 'punctuator' && token.text === '(') {
      const inner = this.or();
      if (!inner || this.peek()?.text !== ')') return undefined;
      this.index++;
      return inner;
    }
    if (token.kind !== 'name' || this.operator(token) !== undefined) return undefined;
    if (/^(?:true|false|null)$/i.test(token.text)) return { kind: 'literal', text: token.text, start: token.start, end: token.end };
    let path: string | undefined = token.text;
    let node: ExpressionNode = { kind: 'reference', path, start: token.start, end: token.end };
    for (;;) {
      const next = this.peek();
      if (next?.text === '.' && this.tokens[this.index + 1]?.kind === 'name') {
        const name = this.tokens[this.index + 1]!;
        this.index += 2;
        path = path === undefined ? undefined : `${path}.${name.text}`;
        node = path === undefined ? { kind: 'call', callee: undefined, args: [], start: node.start, end: name.end } : { kind: 'reference', path, start: node.start, end: name.end };
        continue;
      }
      if (next?.text === '(') {
        this.index++;
        const args: ExpressionNode[] = [];
        if (this.peek()?.text !== ')') {
          for (;;) {
            const arg = this.or();
            if (!arg) return undefined;
            args.push(arg);
            if (this.peek()?.text === ',') {
              this.index++;
              continue;
            }
            break;
          }
        }
        const close = this.peek();
        if (close?.text !== ')') return undefined;
        this.index++;
        node = { kind: 'call', callee: path, args, start: node.start, end: close.end };
        // A member of a call result has no plain path any more.
        path = undefined;
        continue;
      }
      return node;
    }
  }
}

/**
 * The boolean shape of an expression; undefined when it uses something this reader does not know; null when it nests
 * deeper than `maxDepth`, where callers stay silent on the expression.
 */
export function parseExpression(text: string): ExpressionNode | undefined | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return undefined;
  const parser = new Parser(tokens);
  const tree = parser.parse();
  return parser.tooDeep ? null : tree;
}

function children(node: ExpressionNode): readonly ExpressionNode[] {
  switch (node.kind) {
    case 'or':
    case 'and':
      return node.operands;
    case 'not':
      return [node.operand];
    case 'compare':
      return [node.left, node.right];
    case 'call':
      return node.args;
    default:
      return [];
  }
}

/** Calls `visit` on every node in source order, with its ancestors (outermost first). Iterative. */
export function visitExpression(root: ExpressionNode, visit: (node: ExpressionNode, ancestors: readonly ExpressionNode[]) => void): void {
  const stack: { node: ExpressionNode; ancestors: readonly ExpressionNode[] }[] = [{ node: root, ancestors: [] }];
  while (stack.length > 0) {
    const { node, ancestors } = stack.pop()!;
    visit(node, ancestors);
    const inner = [...ancestors, node];
    const below = children(node);
    for (let index = below.length - 1; index >= 0; index--) stack.push({ node: below[index]!, ancestors: inner });
  }
}

/** `path == 'value'` in either order (with `==` or the given operator). */
export function comparesWith(node: ExpressionNode, path: string, value?: string, operator = '=='): boolean {
  if (node.kind !== 'compare' || node.operator !== operator) return false;
  const [reference, literal] = node.left.kind === 'reference' ? [node.left, node.right] : [node.right, node.left];
  return reference.kind === 'reference' && reference.path === path && literal.kind === 'string' && (value === undefined || literal.value === value);
}
