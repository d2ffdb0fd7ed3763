/** Cached text tests: a file's text is matched against each gate pattern once, however many rules and locators ask. */
const gateCache = new WeakMap<object, Map<RegExp, boolean>>();

/** Whether the file's text matches `gate`; each pattern is tested once per file, however many rules share it. */
export function textMatches(sourceCode: { text: string }, gate: RegExp): boolean {
  let results = gateCache.get(sourceCode);
  if (!results) {
    results = new Map();
    gateCache.set(sourceCode, results);
  }
  let result = results.get(gate);
  if (result === undefined) {
    result = gate.test(sourceCode.text);
    results.set(gate, result);
  }
  return result;
}
