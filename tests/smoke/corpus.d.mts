import type { Linter } from 'eslint';

export interface CorpusGroup {
  name: string;
  corpus: 'okta' | 'typescript';
  files: string[];
  sourceType: 'module' | 'commonjs' | 'script';
}

export function corpusGroups(names?: readonly string[], only?: readonly string[]): CorpusGroup[];
export function corpusGlobs(groups?: readonly CorpusGroup[]): string[];
export function languageConfigs(groups?: readonly CorpusGroup[]): Linter.Config[];
