// Types for scripts/release-notes.mjs, so tests can import the parser from TypeScript.
import type { FeatureData } from '../src/data/features.js';

export interface FoundDate {
  date: string;
  raw: string;
  yearInferred: boolean;
}

export interface LifecycleClause {
  stage: 'EA' | 'Beta' | 'Limited GA' | 'GA';
  channel: 'preview' | 'production' | null;
  selfService: boolean;
}

export interface ParsedSection {
  release: string;
  heading: string;
  title: string;
  key: string;
  kind: 'feature' | 'bugs' | 'docs';
  clauses: LifecycleClause[];
  line: number;
  comments: string[];
  flags: string[];
  tickets: string[];
  commentDate: string | null;
  /** A date the item's comment labels as the Production one ('Prod: August 5, 2026'). */
  productionDate: string | null;
  /** Set when the notes give the item no heading and the heading comes from its change-table row. */
  headingFrom?: 'change-table row';
  literals: string[];
  bullets: string[];
  table: { text: string; anchor: string; date: string | null; clauses: LifecycleClause[] } | null;
}

export interface ParsedRelease {
  id: string;
  kind: 'monthly' | 'weekly';
  published: string | null;
  rows: { text: string; anchor: string; dateText: string; date: string | null; clauses: LifecycleClause[]; key: string }[];
  sections: ParsedSection[];
  window: { from: string; to: string };
  previewRollout: string | null;
}

export interface ParsedDocument {
  file: string;
  title: string;
  engines: ('identity' | 'classic')[];
  releases: ParsedRelease[];
  warnings: string[];
}

export interface Overrides {
  features?: Record<string, unknown>[];
  sections?: Record<string, unknown>[];
}

export const defaultDataFile: string;
export const defaultOverridesFile: string;
export const dateRules: Record<string, string>;
export function slug(text: string): string;
export function titleKey(text: string): string;
export function findDates(text: string, context?: { year?: number; latest?: string }): FoundDate[];
export function splitLifecycle(heading: string): { title: string; clauses: LifecycleClause[] };
export function parseComment(text: string, context?: { year?: number; latest?: string }): { flags: string[]; tickets: string[]; dates: FoundDate[]; productionDates: FoundDate[] };
export function parseReleaseNotes(markdown: string, options?: { file?: string }): ParsedDocument;
export function deriveSupport(history: readonly Record<string, unknown>[]): FeatureData['features'][number]['support'];
export function buildFeatureData(docs: readonly ParsedDocument[], overrides?: Overrides): { data: FeatureData; warnings: string[] };
export function generate(files: readonly string[], options?: { overridesFile?: string }): { data: FeatureData; warnings: string[] };
export function serialize(data: unknown): string;
export function main(argv: readonly string[]): number;
export const defaultDocsFile: string;
export const defaultCoverageFile: string;
export function renderFeatureTable(data: FeatureData): string;
export function renderReleaseTable(data: FeatureData): string;
export function withFeatureTable(page: string, data: FeatureData): string | undefined;
