/**
 * A unified diff of two texts, line by line, like `diff -u`: the demo uses it to show what `eslint --fix` would
 * change without writing anything. Myers' O(ND) algorithm, so small edits to long files stay cheap.
 */

const noNewline = '\\ No newline at end of file';

/** Splits a text into lines; the last line of a text without a final newline is marked, so that difference shows. */
function splitLines(text) {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += '\u0000';
  return lines;
}

/** The shortest edit script from `a` to `b`, as a list of `{ op: ' ' | '-' | '+', line }`. */
function editScript(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());

  // Walk back through the saved frontiers to recover the path.
  const script = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0; d--) {
    const frontier = trace[d];
    const k = x - y;
    const previousK = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : frontier[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      script.push({ op: ' ', line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (x === previousX) script.push({ op: '+', line: b[--y] });
    else script.push({ op: '-', line: a[--x] });
  }
  while (x > 0 && y > 0) {
    script.push({ op: ' ', line: a[--x] });
    y--;
  }
  return script.reverse();
}

function range(start, count) {
  // `diff -u` writes an empty range as the line before it.
  return count === 0 ? `${start - 1},0` : count === 1 ? `${start}` : `${start},${count}`;
}

/**
 * The hunks of a unified diff (without the `---` / `+++` header), each a list of lines starting with `@@`, ` `,
 * `-`, `+` or `\`. Empty when the texts are equal.
 */
export function diffHunks(before, after, context = 3) {
  const script = editScript(splitLines(before), splitLines(after));
  const changed = script.map((entry, index) => (entry.op === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return [];

  // Group changes whose context windows touch.
  const groups = [];
  for (const index of changed) {
    const last = groups[groups.length - 1];
    if (last && index - last.end <= 2 * context) last.end = index;
    else groups.push({ start: index, end: index });
  }

  // Line numbers (1-based) of each script entry in `before` and `after`.
  const oldLine = [];
  const newLine = [];
  let o = 1;
  let nw = 1;
  for (const entry of script) {
    oldLine.push(o);
    newLine.push(nw);
    if (entry.op !== '+') o++;
    if (entry.op !== '-') nw++;
  }

  return groups.map(({ start, end }) => {
    const from = Math.max(0, start - context);
    const to = Math.min(script.length - 1, end + context);
    const entries = script.slice(from, to + 1);
    const oldCount = entries.filter((entry) => entry.op !== '+').length;
    const newCount = entries.filter((entry) => entry.op !== '-').length;
    const lines = [`@@ -${range(oldLine[from], oldCount)} +${range(newLine[from], newCount)} @@`];
    for (const entry of entries) {
      const missingNewline = entry.line.endsWith('\u0000');
      lines.push(`${entry.op}${missingNewline ? entry.line.slice(0, -1) : entry.line}`);
      if (missingNewline) lines.push(noNewline);
    }
    return lines;
  });
}

/** A full unified diff with `---` / `+++` headers, or '' when the texts are equal. */
export function unifiedDiff(before, after, { from = 'a', to = 'b', context = 3 } = {}) {
  const hunks = diffHunks(before, after, context);
  if (hunks.length === 0) return '';
  return [`--- ${from}`, `+++ ${to}`, ...hunks.flat()].join('\n') + '\n';
}
