/**
 * ESLint options module (`ESLint.fromOptionsModule`) for a run on worker threads with the fallback config. ESLint can
 * hand its worker threads only plain values, not the plugin and parser objects `fallbackConfig` holds; given this
 * module's URL, each thread imports it and builds the same config itself. The run's options are in the URL's query
 * (`threadedFallbackUrl`). Built as its own ESM entry, next to the command (`dist/report/`).
 */
import type { ESLint } from 'eslint';
import { fallbackConfig } from './fallback-config.js';
import { readThreadedFallback } from './threaded-run.js';

const run = readThreadedFallback(new URL(import.meta.url));
const fallback = await fallbackConfig(run.cwd);

const options: ESLint.Options = { ...run, overrideConfigFile: true, overrideConfig: fallback.configs };

export default options;
