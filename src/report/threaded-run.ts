import { ReportError } from './errors.js';

/** `--concurrency`: ESLint's own values: `off`, `auto` (threads by file count, at most half the cores) or a thread count. */
export type Concurrency = 'off' | 'auto' | number;

/** The ESLint options behind `--concurrency` and `--cache`: plain values, so they can travel to worker threads. */
export interface RunOptions {
  concurrency?: Exclude<Concurrency, 'off'>;
  cache?: true;
  cacheLocation?: string;
}

/**
 * The report's cache file when `--cache-location` is not given. Not ESLint's `.eslintcache`: the report's config differs
 * from the project's (the progress rule, or the fallback config), and ESLint re-lints every file whose cached config
 * differs, so a shared file would make `eslint --cache` and the report undo each other's cache on every run.
 */
export const defaultCacheLocation = '.eslintcache-okta-oie-report';

/** ESLint lints on worker threads from 9.34 on, and only with flat config. */
const firstThreadedVersion = [9, 34] as const;

export function parseConcurrency(value: string): Concurrency {
  if (value === 'off' || value === 'auto') return value;
  if (/^[1-9]\d{0,3}$/.test(value)) return Number(value);
  throw new ReportError(`--concurrency takes auto, off or a number of threads, not '${value}'`);
}

/**
 * The ESLint options for the run, or a `ReportError` when this ESLint cannot do what was asked. `--concurrency off` asks
 * for ESLint's default, so it passes on any version; `--cache` works on every supported ESLint.
 */
export function runOptions(
  request: { concurrency?: Concurrency | undefined; cache?: boolean | undefined; cacheLocation?: string | undefined },
  eslint: { version: string; flat: boolean },
): RunOptions {
  const options: RunOptions = {};
  if (request.concurrency !== undefined && request.concurrency !== 'off') {
    const [major = 0, minor = 0] = eslint.version.split('.').map(Number);
    const [threadedMajor, threadedMinor] = firstThreadedVersion;
    const threaded = major > threadedMajor || (major === threadedMajor && minor >= threadedMinor);
    if (!threaded || !eslint.flat) {
      const has = `this project runs ESLint ${eslint.version}${eslint.flat ? '' : ' with .eslintrc files'}`;
      throw new ReportError(
        `--concurrency needs ESLint ${firstThreadedVersion.join('.')} or later with a flat config (eslint.config.*); ${has}. Run without it, or upgrade ESLint`,
      );
    }
    options.concurrency = request.concurrency;
  }
  if (request.cacheLocation !== undefined && !request.cache) throw new ReportError('--cache-location needs --cache');
  if (request.cache) {
    options.cache = true;
    options.cacheLocation = request.cacheLocation ?? defaultCacheLocation;
  }
  return options;
}

/** Worker threads cannot receive the fallback config's plugin and parser objects: they import an options module instead. */
export interface ThreadedFallback extends RunOptions {
  cwd: string;
}

/** The options module's URL for one run: the module (`fallback-options.mjs`) with the run's options in its query. */
export function threadedFallbackUrl(module: URL, options: ThreadedFallback): URL {
  const url = new URL(module.href);
  url.searchParams.set('options', JSON.stringify(options));
  return url;
}

/** The run's options, read back by the options module from its own URL. */
export function readThreadedFallback(url: URL): ThreadedFallback {
  const text = url.searchParams.get('options');
  if (!text) throw new Error(`${url.pathname} is an ESLint options module for okta-oie-report; it needs the run's options in its query`);
  return JSON.parse(text) as ThreadedFallback;
}
