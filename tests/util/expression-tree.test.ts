import { describe, expect, it } from 'vitest';
import { comparesWith, maxDepth, parseExpression, visitExpression, type ExpressionNode } from '../../src/util/expression-tree.js';

/** A compact picture of the tree: and(…), or(…), not(…), a == 'b', call(args), path. */
function shape(node: ExpressionNode | undefined | null): string {
  if (node === null) return 'too deep';
  if (!node) return '∅';
  switch (node.kind) {
    case 'and':
    case 'or':
      return `${node.kind}(${node.operands.map(shape).join(', ')})`;
    case 'not':
      return `not(${shape(node.operand)})`;
    case 'compare':
      return `${shape(node.left)} ${node.operator} ${shape(node.right)}`;
    case 'reference':
      return node.path;
    case 'call':
      return `${node.callee ?? '?'}(${node.args.map(shape).join(', ')})`;
    case 'string':
      return `'${node.value}'`;
    case 'literal':
      return node.text;
  }
}

describe('parseExpression', () => {
  it('reads AND before OR, in words and symbols, with parentheses and negation', () => {
    expect(shape(parseExpression("a.b == 'x' || c.d == 'y' && e.f != 'z'"))).toBe("or(a.b == 'x', and(c.d == 'y', e.f != 'z'))");
    expect(shape(parseExpression("(a.b == 'x' OR c.d == 'y') and NOT e.f"))).toBe("and(or(a.b == 'x', c.d == 'y'), not(e.f))");
    expect(shape(parseExpression("!(a == null)"))).toBe('not(a == null)');
  });

  it('reads calls, escaped and doubled quotes, and keeps offsets into the text', () => {
    const text = "password.value.contains('it\\'s') OR password.value.contains('o''k')";
    const tree = parseExpression(text);
    expect(shape(tree)).toBe("or(password.value.contains('it's'), password.value.contains('o'k'))");
    expect(tree?.kind === 'or' && text.slice(tree.operands[1]!.start, tree.operands[1]!.end)).toBe("password.value.contains('o''k')");
    expect(shape(parseExpression("user.login.substringAfter('@').toLowerCase() == 'acme.com'"))).toBe("?() == 'acme.com'");
  });

  it('reads nesting up to its limit, and says when it stops (null), on any input', () => {
    const nested = (depth: number) => `${'('.repeat(depth)}a.b == 'x'${')'.repeat(depth)}`;
    expect(shape(parseExpression(nested(maxDepth - 1)))).toBe("a.b == 'x'");
    expect(parseExpression(nested(maxDepth))).toBeNull();
    expect(parseExpression(nested(1000))).toBeNull();
    expect(shape(parseExpression(`${'!'.repeat(3)}a`))).toBe('not(not(not(a)))');
    expect(parseExpression(`${'NOT '.repeat(5000)}a`)).toBeNull();
    expect(parseExpression(`${'f('.repeat(1000)}a${')'.repeat(1000)}`)).toBeNull();
    // The limit is on nesting, not on length: a long flat expression reads whole.
    const flat = parseExpression(Array.from({ length: 5000 }, (_, index) => `a.b${index} == 'x'`).join(' OR '));
    expect(flat?.kind === 'or' && flat.operands.length).toBe(5000);
  });

  it('visits in source order with ancestors, without recursion', () => {
    const seen: string[] = [];
    visitExpression(parseExpression("a == 'x' && !(b || c(d))")!, (node, ancestors) => seen.push(`${ancestors.length}:${node.kind}`));
    expect(seen).toEqual(['0:and', '1:compare', '2:reference', '2:string', '1:not', '2:or', '3:reference', '3:call', '4:reference']);
  });

  it('gives up on what it does not read', () => {
    expect(parseExpression("a ? b : c")).toBeUndefined();
    expect(parseExpression("a.b + 'x'")).toBeUndefined();
    expect(parseExpression("a.b == 'x")).toBeUndefined();
    expect(parseExpression('(a.b')).toBeUndefined();
    expect(parseExpression('')).toBeUndefined();
  });
});

describe('comparesWith', () => {
  it('matches a reference compared with a string, in either order', () => {
    expect(comparesWith(parseExpression("accessRequest.operation == 'recover'")!, 'accessRequest.operation', 'recover')).toBe(true);
    expect(comparesWith(parseExpression("'recover' == accessRequest.operation")!, 'accessRequest.operation', 'recover')).toBe(true);
    expect(comparesWith(parseExpression("accessRequest.operation != 'recover'")!, 'accessRequest.operation', 'recover')).toBe(false);
    expect(comparesWith(parseExpression("accessRequest.operation == 'enroll'")!, 'accessRequest.operation', 'recover')).toBe(false);
  });
});
