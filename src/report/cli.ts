#!/usr/bin/env node
import { main } from './main.js';

// `npx okta-oie-report`: the package's `bin`. Everything else lives in main.ts so tests can call it in-process.
// The options module is built next to this file (tsdown.config.ts), so its URL is known from here.
const fallbackOptionsModule = new URL('./fallback-options.mjs', import.meta.url);
void main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }, { fallbackOptionsModule }).then((code) => {
  process.exitCode = code;
});
