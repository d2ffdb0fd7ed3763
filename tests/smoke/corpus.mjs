// The real-code corpus (tests/smoke/corpus.json) turned into ESLint config objects. Shared by the smoke test and the
// benchmark (bench/), so both lint the same files with the same parser options. Plain ESM so bench configs load it
// without a TypeScript loader; types in corpus.d.mts.
import { readFileSync } from 'node:fs';

const corpus = JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8'));

/**
 * Groups of the named corpora: `okta` by default; `BENCH_CORPUS=okta,typescript` (or an argument) adds the rest.
 * `BENCH_GROUPS=okta-auth-js-esm,…` keeps only the named groups (for benchmark experiments on part of the corpus).
 */
export function corpusGroups(names = (process.env.BENCH_CORPUS ?? 'okta').split(','), only = process.env.BENCH_GROUPS?.split(',')) {
  const groups = corpus.groups.filter((group) => names.includes(group.corpus) && (!only || only.includes(group.name)));
  if (groups.length === 0) throw new Error(`No corpus named ${names.join(', ')} in tests/smoke/corpus.json.`);
  return groups;
}

/** Every glob of the groups, as ESLint takes them on the command line or in `lintFiles`. */
export function corpusGlobs(groups = corpusGroups()) {
  return groups.flatMap((group) => group.files);
}

/**
 * Config objects that give each group its parser options and nothing else: no rules, no plugin. Appending a plugin
 * config to them gives the configs the smoke test and the benchmark compare.
 */
export function languageConfigs(groups = corpusGroups()) {
  // The corpus lives under node_modules, which ESLint ignores by default (`--no-ignore` does not lift that).
  const unignore = { name: 'corpus/unignore-node-modules', ignores: ['!**/node_modules/'] };
  return [
    unignore,
    ...groups.map((group) => ({
      name: `corpus/${group.name}`,
      files: group.files,
      languageOptions: { ecmaVersion: 'latest', sourceType: group.sourceType },
      // The packages carry directive comments for their own lint setup (`/* eslint complexity: … */`, disables of
      // rules we do not load). Ignoring them keeps the runs about parsing and our rules, and lets nothing hide a finding.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    })),
  ];
}
