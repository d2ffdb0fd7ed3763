import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ReportError, messageOf } from './errors.js';

/** ESLint marks its user-facing errors with a `messageTemplate`; these are the ones about paths and configs. */
export function templateOf(error: unknown): string | undefined {
  const template = (error as { messageTemplate?: unknown } | undefined)?.messageTemplate;
  return typeof template === 'string' ? template : undefined;
}

/** A path given on the command line, in ESLint's words turned into ours. */
export function pathError(error: unknown, cwd: string): ReportError | undefined {
  const template = templateOf(error);
  if (template !== 'file-not-found' && template !== 'all-matched-files-ignored') return undefined;
  const pattern = String((error as { messageData?: { pattern?: unknown } }).messageData?.pattern ?? '');
  const absolute = resolve(cwd, pattern);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) {
    return new ReportError(`no lintable files in ${pattern}: the ESLint config matches none of its files, or ignores them all`);
  }
  if (template === 'all-matched-files-ignored') return new ReportError(`${pattern} is ignored by the ESLint config`);
  return new ReportError(`no files match ${pattern}`);
}

/** Whatever else ESLint throws: a config that does not load or validate, or a crash while linting. */
export function eslintFailure(error: unknown, configName: string | undefined): ReportError {
  return new ReportError(configName ? `the ESLint config ${configName} cannot be used: ${messageOf(error)}` : `ESLint failed: ${messageOf(error)}`);
}
