import { basename, extname } from 'node:path';
import { formatCount, plural } from './text.js';

/** The label of a file with no extension (`Dockerfile`, ESLint's `<text>`) in the count by extension. */
const noExtension = '(no extension)';

/** Linted files counted by extension (`.js`, `.tsx`, `.json`), most first, ties by name: what the run really checked. */
export function countByExtension(filePaths: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const filePath of filePaths) {
    const extension = extname(basename(filePath)).toLowerCase() || noExtension;
    counts.set(extension, (counts.get(extension) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b)));
}

/** `7 files checked: 3 .js, 2 .ts, 2 .json`. */
export function checkedFilesSentence(filesLinted: number, byExtension: Readonly<Record<string, number>>): string {
  const parts = Object.entries(byExtension).map(([extension, count]) => `${formatCount(count)} ${extension}`);
  return `${plural(filesLinted, 'file')} checked${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
