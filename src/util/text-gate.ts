import { cachedPerFile } from './per-file-cache.js';

/** Whether the file's text matches `gate`; each pattern is tested once per file, however many rules share it. */
export const textMatches: (sourceCode: { text: string }, gate: RegExp) => boolean = cachedPerFile((sourceCode: { text: string }, gate: RegExp) =>
  gate.test(sourceCode.text),
);
