import { version } from '../../package.json';
import { parseCliArgs, type CliOptions } from './args.js';
import { checkedFilesSentence } from './checked-files.js';
import { buildReport } from './build-report.js';
import { ReportError, messageOf } from './errors.js';
import { helpText } from './help.js';
import { renderHtml } from './html/page.js';
import { renderJson } from './json-report.js';
import { renderMarkdown } from './markdown-report.js';
import { outputPaths } from './output-paths.js';
import { progressSentence } from './progress-compare.js';
import { readPreviousReport } from './previous-report.js';
import { createProgress } from './progress-display.js';
import { projectTitle } from './project-title.js';
import { shownPath } from './shown-path.js';
import { plural } from './text.js';
import { writeOutput } from './write-file.js';

export interface Io {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

/** Files of the installed command that a run may hand to ESLint. */
export interface CommandFiles {
  /** `fallback-options.mjs`: the options module ESLint's worker threads import for the fallback config. */
  fallbackOptionsModule?: URL;
}

async function run(options: CliOptions, io: Io, files: CommandFiles): Promise<void> {
  const { cwd } = io;
  const paths = outputPaths(cwd, options);
  // Read the previous report first: it may sit where this run writes its new one.
  const previous = options.previous === undefined ? undefined : readPreviousReport(cwd, options.previous);
  const progress = createProgress(io.stderr, options.progress ?? io.stderr.isTTY === true, cwd);

  const threads = options.concurrency !== undefined && options.concurrency !== 'off' ? ` on worker threads (--concurrency ${options.concurrency})` : '';
  progress.step(`Linting ${options.paths.join(', ')}${threads}`);
  // Loaded here, not at the top: --help, --version and option errors then answer without loading ESLint or the plugin.
  const { lintProject } = await import('./lint-project.js');
  let outcome;
  try {
    outcome = await lintProject({
      cwd,
      paths: options.paths,
      configFile: options.config,
      recommended: options.recommended,
      concurrency: options.concurrency,
      cache: options.cache,
      cacheLocation: options.cacheLocation,
      fallbackOptionsModule: files.fallbackOptionsModule,
      onFile: (file) => progress.file(file),
    });
  } finally {
    progress.stop();
  }
  progress.step(`Linted ${plural(outcome.results.length, 'file')}; writing the report`);

  const report = buildReport(outcome.results, outcome.rulesMeta, {
    cwd,
    run: {
      title: options.title ?? projectTitle(cwd),
      generatedAt: new Date().toISOString(),
      toolVersion: version,
      eslintVersion: outcome.eslintVersion,
      config: outcome.config,
      paths: options.paths,
    },
    previous,
    notices: outcome.notices,
  });
  writeOutput(paths.html, renderHtml(report));
  writeOutput(paths.markdown, renderMarkdown(report));
  writeOutput(paths.json, renderJson(report));
  progress.stop();

  const { totals } = report;
  const lines = [
    `${plural(totals.findings, 'finding')} in ${plural(totals.filesWithFindings, 'file')} (${checkedFilesSentence(totals.filesLinted, totals.filesByExtension)}): ` +
      `${totals.autofix} autofixable, ${totals.suggestion + totals.manual} need a decision (${totals.suggestion} suggestion, ${totals.manual} manual)`,
  ];
  if (report.progress) lines.push(`${progressSentence(report.progress)}.`);
  for (const notice of report.notices) lines.push(`Note: ${notice}`);
  if (report.unchecked.length > 0) lines.push(`Note: ${plural(report.unchecked.length, 'file')} could not be parsed; see the report.`);
  lines.push(`HTML:     ${shownPath(cwd, paths.html)}`, `Markdown: ${shownPath(cwd, paths.markdown)}`, `JSON:     ${shownPath(cwd, paths.json)}`);
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * The command. Returns the exit code: 0 when the report was written, 2 on any error. Errors print as one line
 * (`okta-oie-report: …`); a stack trace only with `--debug`.
 */
export async function main(argv: readonly string[], io: Io, files: CommandFiles = {}): Promise<number> {
  let options: CliOptions | undefined;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(helpText);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    await run(options, io, files);
    return 0;
  } catch (error) {
    const known = error instanceof ReportError;
    const hint = known || options?.debug ? '' : ' (run again with --debug for the stack trace)';
    io.stderr.write(`okta-oie-report: ${known ? error.message : `unexpected error: ${messageOf(error)}`}${hint}\n`);
    if (options?.debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
