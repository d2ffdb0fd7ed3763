import type { TSESTree } from '@typescript-eslint/utils';

type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Whether a sorted list of offsets has one in `[start, end)`. */
export function hasOffsetIn(offsets: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < end;
}

/**
 * The string literals and template literals whose source text contains a match of `pattern` (a template with its
 * expressions, as one node). The pattern is searched in the file's text, so a file without it costs one scan; the
 * tree is entered only along the nodes that hold a match, without recursion.
 */
export function stringLiteralsMatching(root: TSESTree.Node, text: string, visitorKeys: VisitorKeys, pattern: RegExp): (TSESTree.StringLiteral | TSESTree.TemplateLiteral)[] {
  const search = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const offsets: number[] = [];
  for (let match = search.exec(text); match; match = search.exec(text)) {
    if (match[0] === '') search.lastIndex++;
    offsets.push(match.index);
  }
  const found: (TSESTree.StringLiteral | TSESTree.TemplateLiteral)[] = [];
  if (offsets.length === 0) return found;
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral') {
      found.push(node as TSESTree.StringLiteral | TSESTree.TemplateLiteral);
      continue;
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        const candidate = item as TSESTree.Node | null | undefined;
        if (candidate && typeof candidate.type === 'string' && candidate.range && hasOffsetIn(offsets, candidate.range[0], candidate.range[1])) stack.push(candidate);
      }
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}
