import { parseArgs } from 'node:util';
import { ReportError, messageOf } from './errors.js';
import { parseConcurrency, type Concurrency } from './threaded-run.js';

export interface CliOptions {
  paths: string[];
  outDir: string;
  html: string | undefined;
  markdown: string | undefined;
  json: string | undefined;
  previous: string | undefined;
  config: string | undefined;
  recommended: boolean;
  concurrency: Concurrency | undefined;
  cache: boolean;
  cacheLocation: string | undefined;
  /** `true`/`false` when forced on or off; `undefined` means "only when stderr is a terminal". */
  progress: boolean | undefined;
  title: string | undefined;
  debug: boolean;
  help: boolean;
  version: boolean;
}

export const defaultOutDir = 'okta-oie-report';

/** Reads the command line; a mistake in it is a `ReportError` (one line, non-zero exit). */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'out-dir': { type: 'string', short: 'o' },
        html: { type: 'string' },
        markdown: { type: 'string' },
        json: { type: 'string' },
        previous: { type: 'string', short: 'p' },
        config: { type: 'string', short: 'c' },
        recommended: { type: 'boolean' },
        concurrency: { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        progress: { type: 'boolean' },
        'no-progress': { type: 'boolean' },
        title: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's messages carry a hint about `--` that does not apply here; the first sentence is the useful part.
    throw new ReportError(`${messageOf(error).split('. ')[0]!.replace(/\.$/, '')} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.config !== undefined && values.recommended) {
    throw new ReportError('use either --config or --recommended, not both');
  }
  for (const name of ['out-dir', 'html', 'markdown', 'json', 'previous', 'config', 'title', 'concurrency', 'cache-location'] as const) {
    if (values[name] === '') throw new ReportError(`--${name} needs a value`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    outDir: values['out-dir'] ?? defaultOutDir,
    html: values.html,
    markdown: values.markdown,
    json: values.json,
    previous: values.previous,
    config: values.config,
    recommended: values.recommended === true,
    concurrency: values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
    cache: values.cache === true,
    cacheLocation: values['cache-location'],
    progress: values['no-progress'] ? false : values.progress ? true : undefined,
    title: values.title,
    debug: values.debug === true,
    help: values.help === true,
    version: values.version === true,
  };
}
