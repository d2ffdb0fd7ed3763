import { describe, expect, it } from 'vitest';
import { comparesWith, parseExpression, type ExpressionNode } from '../../src/util/expression-tree.js';

/** A compact picture of the tree: and(…), or(…), not(…), a == 'b', call(args), path. */
function shape(node: ExpressionNode | undefined): string {
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
