#!/usr/bin/env node
/**
 * `npm run demo`: lints examples/ with the built plugin (the `recommended` and `recommended-json` configs, TypeScript
 * through @typescript-eslint/parser, JSON through @eslint/json; no config file needed), prints the findings file by
 * file, then prints the unified diff of what `eslint --fix` would change. It writes nothing.
 *
 * Exit code 0 when the examples were linted (findings are the point of the demo); 1 when a file could not be parsed
 * or ESLint failed, since then the demo shows less than it should.
 *
 * Usage: node scripts/demo.mjs [folder …]   (default: examples)
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import json from '@eslint/json';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import { unifiedDiff } from './unified-diff.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The demo runs the built plugin, as users get it; `npm run demo` builds it first.
const plugin = await import('../dist/index.mjs').then(
  (module) => module.default,
  (error) => {
    process.stderr.write(`Cannot load the built plugin (dist/index.mjs): run \`npm run build\` first, or use \`npm run demo\`.\n${error.message}\n`);
    process.exit(1);
  },
);
const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['examples'];

const codeFiles = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const config = defineConfig([
  { files: codeFiles, extends: [plugin.configs.recommended] },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.json'], plugins: { json }, language: 'json/json', extends: [plugin.configs['recommended-json']] },
]);

// Colours only on a terminal, and never when NO_COLOR is set.
const colour = process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
const paint = (code) => (text) => (colour ? `\u001b[${code}m${text}\u001b[0m` : String(text));
const style = {
  bold: paint('1'),
  dim: paint('2'),
  red: paint('31'),
  green: paint('32'),
  yellow: paint('33'),
  cyan: paint('36'),
  underline: paint('4'),
};

const out = (line = '') => process.stdout.write(`${line}\n`);
const display = (file) => relative(root, file).split('\\').join('/');

function severity(message) {
  return message.severity === 2 ? style.red('error') : style.yellow('warn ');
}

/** What the user can do about a finding: `eslint --fix`, an editor suggestion, or nothing automatic. */
function remedy(message) {
  if (message.fix) return style.green('autofix (eslint --fix)');
  if (message.suggestions?.length) {
    return style.cyan(`suggestion: ${message.suggestions.map((suggestion) => suggestion.desc).join(' | ')}`);
  }
  return style.dim('report only');
}

function printFindings(results) {
  const withMessages = results.filter((result) => result.messages.length > 0);
  for (const result of withMessages) {
    out(style.underline(style.bold(display(result.filePath))));
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padStart(7);
      if (message.fatal || !message.ruleId) {
        out(`${where}  ${style.red('parse error')}  ${message.message}`);
        continue;
      }
      out(`${where}  ${severity(message)}  ${style.bold(message.ruleId)}  ${remedy(message)}`);
      out(`${' '.repeat(9)}${message.message}`);
    }
    out();
  }
  return withMessages.length;
}

function printSummary(results, filesWithFindings) {
  const messages = results.flatMap((result) => result.messages.filter((message) => message.ruleId));
  const errors = messages.filter((message) => message.severity === 2).length;
  const warnings = messages.length - errors;
  const fixable = messages.filter((message) => message.fix).length;
  const suggestions = messages.filter((message) => !message.fix && message.suggestions?.length).length;
  const reportOnly = messages.length - fixable - suggestions;
  out(
    style.bold(
      `${messages.length} problem${messages.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ` +
        `${warnings} warning${warnings === 1 ? '' : 's'}) in ${filesWithFindings} of ${results.length} files linted.`,
    ),
  );
  out(`  ${style.green(`${fixable} fixed by eslint --fix`)}, ${style.cyan(`${suggestions} with an editor suggestion`)}, ${reportOnly} to handle by hand.`);
  const ruleIds = [...new Set(messages.map((message) => message.ruleId))].sort();
  if (ruleIds.length > 0) {
    out();
    out(style.bold('Rule docs'));
    for (const ruleId of ruleIds) out(`  ${ruleId.padEnd(48)} docs/rules/${ruleId.replace(/^okta-oie\//, '')}.md`);
  }
}

function printDiff(fixedResults, sources) {
  out();
  out(style.bold('What `eslint --fix` would change (nothing is written):'));
  out();
  let changed = 0;
  for (const result of fixedResults) {
    if (result.output === undefined) continue;
    const name = display(result.filePath);
    const diff = unifiedDiff(sources.get(result.filePath), result.output, { from: `a/${name}`, to: `b/${name}` });
    if (!diff) continue;
    changed++;
    for (const line of diff.trimEnd().split('\n')) {
      if (line.startsWith('---') || line.startsWith('+++')) out(style.bold(line));
      else if (line.startsWith('@@')) out(style.cyan(line));
      else if (line.startsWith('-')) out(style.red(line));
      else if (line.startsWith('+')) out(style.green(line));
      else out(line);
    }
    out();
  }
  if (changed === 0) out('Nothing: no finding has an autofix.');
  else out(`${changed} file${changed === 1 ? '' : 's'} would change. In a project set up as README.md shows, \`npx eslint --fix\` applies this.`);
}

async function main() {
  const options = { cwd: root, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: false };
  const linter = new ESLint(options);
  const fixer = new ESLint({ ...options, fix: true });

  out(style.bold(`eslint-plugin-okta-oie ${plugin.meta.version}: linting ${targets.join(', ')} with the recommended and recommended-json configs`));
  out();

  const byPath = (a, b) => a.filePath.localeCompare(b.filePath);
  const results = (await linter.lintFiles(targets)).sort(byPath);
  // With `fix: true` ESLint returns the fixed text as `output` and writes nothing (only `ESLint.outputFixes` writes).
  const fixedResults = (await fixer.lintFiles(targets)).sort(byPath);
  const sources = new Map();
  for (const result of fixedResults) {
    if (result.output !== undefined) sources.set(result.filePath, await readFile(result.filePath, 'utf8'));
  }

  if (results.length === 0) {
    out(`No files to lint in ${targets.join(', ')}.`);
    return 0;
  }
  const filesWithFindings = printFindings(results);
  if (filesWithFindings === 0) out('No problems found.');
  printSummary(results, filesWithFindings);
  printDiff(fixedResults, sources);

  const fatal = results.filter((result) => result.fatalErrorCount > 0);
  if (fatal.length > 0) {
    out();
    out(style.red(`${fatal.length} file${fatal.length === 1 ? '' : 's'} could not be parsed: ${fatal.map((result) => display(result.filePath)).join(', ')}`));
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`demo failed: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
