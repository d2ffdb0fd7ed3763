import type { Resolution } from './model.js';

/**
 * Reader-facing names of the source documents a rule's `meta.docs.source.doc` can name (see `RuleSource` in
 * `src/util/create-rule.ts`). A document not listed here is shown by its key, so a new source never breaks the report.
 */
const sourceTitles: Record<string, string> = {
  'ie-limitations': 'Identity Engine limitations',
  'api-release-notes-2026': '2026 Identity Engine API changes',
};

/** Order of the source groups in the report: limitations first (they block the move), then the 2026 changes. */
const sourceOrder = ['ie-limitations', 'api-release-notes-2026'];

export function sourceTitle(doc: string): string {
  return sourceTitles[doc] ?? doc;
}

export function sourceRank(doc: string): number {
  const index = sourceOrder.indexOf(doc);
  return index === -1 ? sourceOrder.length : index;
}

export const resolutionLabels: Record<Resolution, { short: string; long: string }> = {
  autofix: { short: 'Autofix', long: 'fixed by eslint --fix' },
  suggestion: { short: 'Suggestion', long: 'a suggested change to review' },
  manual: { short: 'Manual', long: 'needs a manual change' },
};
