/**
 * A computation cached per file (keyed by its `SourceCode` object, so the cache goes with the file) and per key (a
 * gate pattern, an option): every rule that asks the same question about the same file gets the first answer.
 */
export function cachedPerFile<File extends object, Key, Value>(compute: (file: File, key: Key) => Value): (file: File, key: Key) => Value {
  const byFile = new WeakMap<File, Map<Key, Value>>();
  return (file, key) => {
    let byKey = byFile.get(file);
    if (!byKey) {
      byKey = new Map();
      byFile.set(file, byKey);
    }
    if (byKey.has(key)) return byKey.get(key)!;
    const value = compute(file, key);
    byKey.set(key, value);
    return value;
  };
}
