/**
 * `npx jiti bench/profile.ts [--level recommended|strict] [--groups a,b] [--top 3]`: which rule costs what, in one
 * process. The files of the chosen corpus groups (the module builds by default: typical file sizes, and their ASTs fit
 * in memory) are parsed once. Then, over the same ASTs, ESLint runs each rule alone (on fresh `SourceCode` objects, so
 * no rule profits from a locator another rule filled: this is what the rule would cost if it were the only one) and
 * all rules together, and the script prints ESLint's own timing of each rule (`stats`: the rule's `create`, so its
 * text gates, and its listeners, so its locators and checks) and the files it spends most on. Loads the plugin from
 * src/. Process CPU time per pass is printed for all rules together only: per rule it drowns in GC and JIT noise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Linter, SourceCode } from 'eslint';
import plugin from '../src/index.js';
import { corpusGroups, languageConfigs, type CorpusGroup } from '../tests/smoke/corpus.mjs';

const { values } = parseArgs({
  options: {
    level: { type: 'string', default: 'recommended' },
    groups: { type: 'string', default: 'okta-auth-js-cjs,okta-auth-js-esm,okta-signin-widget-esm' },
    top: { type: 'string', default: '3' },
    repeat: { type: 'string', default: '1' },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const level = values.level === 'strict' ? 'strict' : 'recommended';
const groups = corpusGroups(['okta', 'typescript'], values.groups.split(','));
const repeat = Number(values.repeat);

function globPattern(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\*\*\//g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '(?:.*/)?')}$`);
}

/** The files of a group: its globs' fixed prefix, walked, then matched. */
function groupFiles(group: CorpusGroup): string[] {
  const files = new Set<string>();
  for (const glob of group.files) {
    const wildcard = glob.search(/[*]/);
    const base = wildcard === -1 ? glob : glob.slice(0, wildcard);
    const directory = base.slice(0, base.lastIndexOf('/') + 1);
    const pattern = globPattern(glob);
    for (const entry of readdirSync(join(root, directory), { recursive: true }) as string[]) {
      const path = `${directory}${entry.split(sep).join('/')}`;
      if (pattern.test(path)) files.add(path);
    }
  }
  return [...files].sort();
}

const linter = new Linter({ configType: 'flat', cwd: root });
const configs = languageConfigs(groups);
const ruleEntries = Object.entries(plugin.configs[level].rules ?? {});
const pluginConfig = (rules: Partial<Linter.RulesRecord>): Linter.Config => ({ plugins: { 'okta-oie': plugin }, rules: rules as Linter.RulesRecord });

/**
 * Lints with ESLint's timing on. (`stats` works through `verifyAndFix`, which resets the timing slots; `fix: false`
 * keeps it to one pass. The option is missing from the types.)
 */
function timedVerify(text: string | SourceCode, config: Linter.Config[], filename: string): Record<string, number> {
  linter.verifyAndFix(text as string, config, { filename, fix: false, stats: true } as Linter.FixOptions);
  const times: Record<string, number> = {};
  for (const pass of linter.getTimes().passes) {
    for (const [id, { total }] of Object.entries(pass.rules ?? {})) times[id] = (times[id] ?? 0) + total;
  }
  return times;
}

/** A new SourceCode over the same AST and scopes: the plugin's per-file caches (keyed by SourceCode) start empty. */
function fresh(sourceCode: SourceCode): SourceCode {
  return new SourceCode({
    text: sourceCode.text,
    ast: sourceCode.ast,
    parserServices: sourceCode.parserServices,
    scopeManager: sourceCode.scopeManager,
    visitorKeys: sourceCode.visitorKeys,
  });
}

const parsed: { file: string; filename: string; sourceCode: SourceCode }[] = [];
let parseCpu = process.cpuUsage();
let bytes = 0;
for (const group of groups) {
  for (const file of groupFiles(group)) {
    const text = readFileSync(join(root, file), 'utf8');
    bytes += text.length;
    const filename = join(root, file);
    linter.verify(text, configs, filename);
    parsed.push({ file, filename, sourceCode: linter.getSourceCode()! });
  }
}
parseCpu = process.cpuUsage(parseCpu);
const parseMs = (parseCpu.user + parseCpu.system) / 1000;

interface Pass {
  cpuMs: number;
  statsMs: number;
  byFile: [string, number][];
}

/** One pass over every parsed file with `rules`; the best (lowest CPU) of `repeat` runs. */
function pass(rules: Partial<Linter.RulesRecord> | undefined): Pass {
  let best: Pass | undefined;
  for (let run = 0; run < repeat; run++) {
    const byFile: [string, number][] = [];
    let statsMs = 0;
    const cpu = process.cpuUsage();
    for (const { file, filename, sourceCode } of parsed) {
      const times = timedVerify(fresh(sourceCode), rules ? [...configs, pluginConfig(rules)] : configs, filename);
      const ms = Object.values(times).reduce((sum, value) => sum + value, 0);
      statsMs += ms;
      byFile.push([file, ms]);
    }
    const used = process.cpuUsage(cpu);
    const result = { cpuMs: (used.user + used.system) / 1000, statsMs, byFile };
    if (!best || result.cpuMs < best.cpuMs) best = result;
  }
  return best!;
}

const baseline = pass(undefined);
const together = pass(Object.fromEntries(ruleEntries));
const alone = ruleEntries.map(([id, setting]) => ({ id, ...pass({ [id]: setting }) }));

const percent = (ms: number) => `${((100 * ms) / parseMs).toFixed(1)}%`;
const top = Number(values.top);
console.log(`${parsed.length} files, ${(bytes / 1e6).toFixed(2)} MB (${groups.map((group) => group.name).join(', ')}), ${level}; best of ${repeat} runs per pass, CPU time`);
console.log(`parse (espree + scope analysis + one traversal): ${parseMs.toFixed(0)} ms`);
console.log(`traversal alone on the parsed files: ${baseline.cpuMs.toFixed(0)} ms CPU`);
console.log(
  `all ${ruleEntries.length} rules together: +${(together.cpuMs - baseline.cpuMs).toFixed(0)} ms CPU over the traversal = ${percent(together.cpuMs - baseline.cpuMs)} of parse; ` +
    `ESLint stats ${together.statsMs.toFixed(0)} ms = ${percent(together.statsMs)} of parse (the difference: garbage collection and ESLint's per-rule setup)`,
);
const aloneTotal = alone.reduce((sum, row) => sum + row.statsMs, 0);
console.log(`each rule alone, summed: ${aloneTotal.toFixed(0)} ms (more than together: shared locator caches and the shared text gates)`);
console.log('\n| rule, alone | ESLint stats | % of parse | costliest files (ms) |');
console.log('|---|---|---|---|');
for (const row of alone.sort((a, b) => b.statsMs - a.statsMs)) {
  const costly = [...row.byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([file, ms]) => `${file.replace(/^node_modules\/@okta\//, '')} ${ms.toFixed(1)}`)
    .join(', ');
  console.log(`| ${row.id} | ${row.statsMs.toFixed(0)} ms | ${percent(row.statsMs)} | ${costly} |`);
}
