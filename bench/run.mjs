// `npm run bench [-- --rounds N --corpus okta[,typescript][,plain] --groups g1,g2 --configs parse-only,recommended,… --no-stats --flat-rule-context]`
//
// Times whole ESLint processes (this repository's `eslint` CLI) over the real-code corpus of the smoke test
// (tests/smoke/corpus.json): a parse-only config (same files, same parser options, no plugin, no rule), the same
// with one core rule (`no-debugger`: ESLint's own price of having any rule enabled), the plugin's `recommended` and
// its `strict` config (bench/*.config.mjs, loading the built dist/index.mjs), alternated A B C D A B C D … for
// several rounds, and prints the median wall time of each and the ratios to parse-only. Then one
// `--stats` run per plugin config gives the cost of each rule (sum of `stats.times.passes[].rules[id].total` over all
// files), and a few small processes give the plugin's load time. The budget: `recommended` ≤ 1.05× parse-only.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusGlobs, corpusGroups } from '../tests/smoke/corpus.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    corpus: { type: 'string', default: process.env.BENCH_CORPUS ?? 'okta' },
    groups: { type: 'string' },
    configs: { type: 'string', default: 'parse-only,one-rule,recommended,strict' },
    'no-stats': { type: 'boolean', default: false },
    'flat-rule-context': { type: 'boolean', default: false },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const rounds = Number(values.rounds);
const corpusNames = values.corpus.split(',');
const groupNames = values.groups?.split(',');
const groups = corpusGroups(corpusNames, groupNames);
const globs = corpusGlobs(groups);
const configs = values.configs.split(',');
if (configs[0] !== 'parse-only') throw new Error('--configs must start with parse-only, the baseline.');
const scratch = mkdtempSync(join(os.tmpdir(), 'okta-oie-bench-'));
// The configs read the corpus from this variable, so every process lints the same files.
const env = { ...process.env, BENCH_CORPUS: values.corpus, NODE_OPTIONS: '' };
if (groupNames) env.BENCH_GROUPS = groupNames.join(',');
else delete env.BENCH_GROUPS;

const cpuFile = join(scratch, 'cpu-ms');

const preload = ['--require', join(root, 'bench', 'cpu-time.cjs')];
if (values['flat-rule-context']) preload.push('--require', join(root, 'bench', 'flat-rule-context.cjs'));

function eslint(config, extra = []) {
  const args = [...preload, eslintBin, '-c', join('bench', `${config}.config.mjs`), '--format', 'json', '-o', join(scratch, `${config}.json`), ...extra, ...globs];
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env: { ...env, BENCH_CPU_FILE: cpuFile }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  // 0: no problems, 1: problems found (the plugin's findings). Anything else is a failed run.
  if (result.status !== 0 && result.status !== 1) throw new Error(`eslint -c bench/${config}.config.mjs failed (${result.status}):\n${result.stderr}${result.stdout}`);
  const { cpuMs, gcMs, maxRssKb } = JSON.parse(readFileSync(cpuFile, 'utf8'));
  return { ms, cpu: cpuMs, gc: gcMs, rss: maxRssKb, output: join(scratch, `${config}.json`) };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cpus: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  eslint: JSON.parse(readFileSync(join(root, 'node_modules', 'eslint', 'package.json'), 'utf8')).version,
  plugin: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
  loadBefore: os.loadavg().map((load) => load.toFixed(2)).join(' '),
};

console.log(`corpus ${corpusNames.join(' + ')}${groupNames ? ` (groups ${groupNames.join(', ')})` : ''}: ${globs.length} globs`);
if (values['flat-rule-context']) console.log('experiment: ESLint with flat rule contexts (bench/flat-rule-context.cjs), not the ESLint users run');
console.log(`machine: ${machine.cpus} CPUs (${machine.cpu}), Node ${machine.node}, ESLint ${machine.eslint}, load ${machine.loadBefore}`);

// Warm the file system cache and check every config runs before timing anything.
for (const config of configs) eslint(config);

const times = Object.fromEntries(configs.map((config) => [config, []]));
const cpuTimes = Object.fromEntries(configs.map((config) => [config, []]));
const gcTimes = Object.fromEntries(configs.map((config) => [config, []]));
const rss = Object.fromEntries(configs.map((config) => [config, []]));
for (let round = 1; round <= rounds; round++) {
  for (const config of configs) {
    const run = eslint(config);
    times[config].push(run.ms);
    cpuTimes[config].push(run.cpu);
    gcTimes[config].push(run.gc);
    rss[config].push(run.rss);
  }
  console.log(`round ${round}/${rounds}: ${configs.map((config) => `${config} ${seconds(times[config].at(-1))} (CPU ${seconds(cpuTimes[config].at(-1))})`).join(', ')}`);
}

const medians = Object.fromEntries(configs.map((config) => [config, median(times[config])]));
const cpuMedians = Object.fromEntries(configs.map((config) => [config, median(cpuTimes[config])]));
const ratio = (config) => medians[config] / medians['parse-only'];
const cpuRatio = (config) => cpuMedians[config] / cpuMedians['parse-only'];
// Each round's ratio too: the machine's load drifts between rounds, less so within one.
const roundRatios = (config) => times[config].map((ms, index) => ms / times['parse-only'][index]);

const files = JSON.parse(readFileSync(join(scratch, 'parse-only.json'), 'utf8')).length;

console.log('\n## Whole-process times\n');
const cpuRoundRatios = (config) => cpuTimes[config].map((ms, index) => ms / cpuTimes['parse-only'][index]);
console.log(`| config | wall median | wall min – max | wall ratio (of medians) | median of per-round wall ratios | CPU median | CPU ratio (of medians) | median of per-round CPU ratios | GC median | peak RSS median |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|`);
for (const config of configs) {
  const list = times[config];
  console.log(
    `| ${config} | ${seconds(medians[config])} | ${seconds(Math.min(...list))} – ${seconds(Math.max(...list))} | ${ratio(config).toFixed(3)}× | ${median(roundRatios(config)).toFixed(3)}× | ${seconds(cpuMedians[config])} | ${cpuRatio(config).toFixed(3)}× | ${median(cpuRoundRatios(config)).toFixed(3)}× | ${seconds(median(gcTimes[config]))} | ${(median(rss[config]) / 1024).toFixed(0)} MB |`,
  );
}
console.log(`\n${files} files, ${rounds} rounds, alternated ${configs.join(' / ')}; CPU = user + system time of the ESLint process.`);
const budget = (value) => (value <= 1.05 ? 'met' : 'NOT met');
if (configs.includes('recommended')) console.log(`budget recommended ≤ 1.05× parse-only: wall ${budget(ratio('recommended'))} (${ratio('recommended').toFixed(3)}×), CPU ${budget(cpuRatio('recommended'))} (${cpuRatio('recommended').toFixed(3)}×)`);
if (configs.includes('one-rule')) {
  for (const config of configs.filter((name) => name === 'recommended' || name === 'strict')) {
    const over = (list) => median(list[config].map((ms, index) => ms / list['one-rule'][index]));
    console.log(`${config} over one-rule (ESLint with any rule enabled), median of per-round ratios: wall ${over(times).toFixed(3)}×, CPU ${over(cpuTimes).toFixed(3)}×`);
  }
}

if (!values['no-stats']) {
  console.log('\n## Per-rule cost (`eslint --stats`, one run each, sum over all files)\n');
  for (const config of configs.filter((name) => name === 'recommended' || name === 'strict')) {
    const results = JSON.parse(readFileSync(eslint(config, ['--stats']).output, 'utf8'));
    const perRule = new Map();
    let parse = 0;
    let rules = 0;
    let total = 0;
    let findings = 0;
    for (const result of results) {
      findings += result.messages.filter((message) => message.ruleId?.startsWith('okta-oie/')).length;
      for (const pass of result.stats?.times?.passes ?? []) {
        parse += pass.parse?.total ?? 0;
        total += pass.total ?? 0;
        for (const [id, { total: ms }] of Object.entries(pass.rules ?? {})) {
          perRule.set(id, (perRule.get(id) ?? 0) + ms);
          rules += ms;
        }
      }
    }
    console.log(`### ${config}: rules ${rules.toFixed(0)} ms = ${((100 * rules) / parse).toFixed(2)}% of parse time (${parse.toFixed(0)} ms), ${((100 * rules) / total).toFixed(2)}% of lint time (${total.toFixed(0)} ms); ${findings} findings\n`);
    console.log('| rule | ms | % of parse |');
    console.log('|---|---|---|');
    for (const [id, ms] of [...perRule].sort((a, b) => b[1] - a[1])) {
      console.log(`| ${id} | ${ms.toFixed(1)} | ${((100 * ms) / parse).toFixed(3)}% |`);
    }
    console.log('');
  }
}

// Loading the plugin: a process that imports ESLint alone against one that imports ESLint and the plugin.
const loadScript = (withPlugin) =>
  `const t = performance.now(); await import('eslint'); ${withPlugin ? `await import(${JSON.stringify(new URL('../dist/index.mjs', import.meta.url).href)});` : ''} console.log(performance.now() - t);`;
const loads = { eslint: [], plugin: [] };
for (let index = 0; index < 7; index++) {
  for (const [key, withPlugin] of [['eslint', false], ['plugin', true]]) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', loadScript(withPlugin)], { cwd: root, encoding: 'utf8', env });
    const ms = Number(run.stdout.trim());
    if (run.status !== 0 || !Number.isFinite(ms) || ms <= 0) throw new Error(`Loading the plugin failed (is dist/ built?):\n${run.stderr}`);
    loads[key].push(ms);
  }
}
console.log(`## Plugin load time\n\nimport('eslint') ${median(loads.eslint).toFixed(0)} ms; import('eslint') + the plugin ${median(loads.plugin).toFixed(0)} ms: the plugin adds ${(median(loads.plugin) - median(loads.eslint)).toFixed(0)} ms (medians of 7).`);
console.log(`\nmachine load after: ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}; ${machine.date}`);
rmSync(scratch, { recursive: true, force: true });
