#!/usr/bin/env node
import { main } from './main.js';

// `npx okta-oie-report`: the package's `bin`. Everything else lives in main.ts so tests can call it in-process.
void main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code;
});
