/**
 * The caps that keep value resolution linear whatever the input: beyond any of them a value is unknown, which the
 * rules read as silence. Sized for real code (a widget config with a few hundred i18n strings, a URL built in a
 * handful of steps) with a wide margin, and far below what would cost a user time or the JavaScript stack.
 */
export const limits = {
  /** Nested resolutions in one query (each is a few stack frames). */
  depth: 64,
  /** Alternatives of one value (`?:` branches, writes of a `let`, call sites of a parameter). */
  alternatives: 8,
  /** Same-file call sites read for one parameter or wrapper. */
  callSites: 16,
  /** Characters of one string; past it the rest is a hole. */
  stringLength: 2048,
  /** Entries of one object or items of one array. */
  shapeKeys: 1024,
  /** Resolutions computed per file (memoised ones are free). */
  steps: 50_000,
  /** Same-file classes followed through `extends`. */
  superClasses: 2,
} as const;
