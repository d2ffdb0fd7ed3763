import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { recommendedConfig } from './expected.js';
import { repoRoot, runCli, type CliRun } from './run-cli.js';

/** The files the scenario changes between the two reports. */
export const fixedFile = 'examples/classic-widget-app/config/widget-config.json';
export const editedFile = 'examples/classic-widget-app/src/login.js';
export const reportTitle = 'Example app (examples/)';

export interface ProgressScenario {
  project: string;
  firstOut: string;
  secondOut: string;
  first: CliRun;
  second: CliRun;
}

/**
 * A migration in two steps, on a copy of examples/: report; then `eslint --fix` on one file, lines pushed down in
 * another (nothing fixed there) and one new Classic flag added; report again with `--previous`.
 */
export async function runProgressScenario(): Promise<ProgressScenario> {
  const project = mkdtempSync(join(tmpdir(), 'okta-oie-report-progress-'));
  cpSync(join(repoRoot, 'examples'), join(project, 'examples'), { recursive: true });
  const firstOut = join(project, 'first');
  const secondOut = join(project, 'second');
  mkdirSync(firstOut);
  const common = ['examples', '--no-progress', '--title', reportTitle];
  const first = await runCli([...common, '--out-dir', firstOut], project);
  if (first.code !== 0) throw new Error(`the first report failed: ${first.stderr}`);

  const fixer = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: recommendedConfig(), fix: true });
  await ESLint.outputFixes(await fixer.lintFiles([fixedFile]));

  const edited = join(project, editedFile);
  const text = readFileSync(edited, 'utf8');
  const moved = `// Moved down by three lines; nothing here is fixed.\n\n\n${text}`;
  const withNewFlag = moved.replace('    rememberMe: true,', '    rememberMe: true,\n    callRecovery: true,');
  if (withNewFlag === moved) throw new Error(`${editedFile} changed: the scenario needs its \`rememberMe: true,\` line.`);
  writeFileSync(edited, withNewFlag);

  const second = await runCli([...common, '--out-dir', secondOut, '--previous', join(firstOut, 'report.json')], project);
  if (second.code !== 0) throw new Error(`the second report failed: ${second.stderr}`);
  return { project, firstOut, secondOut, first, second };
}
