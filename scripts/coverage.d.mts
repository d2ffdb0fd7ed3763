// Types for scripts/coverage.mjs, so tests can import the coverage checker from TypeScript.
import type { ParsedDocument } from './release-notes.mjs';

export interface CoverageRow {
  item: string;
  feature: string;
  coveredBy: string;
  notes: string;
  line: number;
}

export interface CoverageSection {
  heading: string;
  level: 2 | 3;
  rows: CoverageRow[];
}

export interface CoverageEntry {
  release: string;
  section: string;
  key: string;
  kind: 'feature' | 'bugs' | 'docs' | 'bug' | 'doc';
  parent?: string;
}

export interface CoverageGap {
  missingReleases: string[];
  missing: CoverageEntry[];
  pending: (CoverageEntry & { row: CoverageRow })[];
  unexplained: (CoverageEntry & { row: CoverageRow })[];
}

export const pendingRuleMarker: string;
export function bulletKey(bullet: string): string;
export function parseCoverage(markdown: string): CoverageSection[];
export function linkedRules(text: string): string[];
export function namedFeatures(text: string): string[];
export function releaseHeading(release: { id: string; kind: 'monthly' | 'weekly' }): string;
export function expectedEntries(doc: ParsedDocument, options?: { from?: string }): CoverageEntry[];
export function checkCoverage(doc: ParsedDocument, markdown: string, options?: { from?: string }): CoverageGap;
export function skeleton(missing: readonly CoverageEntry[], featureOf?: (release: string, heading: string) => string | undefined): string;
export function describeGap(gap: CoverageGap): string[];
