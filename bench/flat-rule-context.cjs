// Experiment, not a fix we ship: `npm run bench -- --flat-rule-context` loads this into each timed ESLint process.
// ESLint 10 builds every rule's `context` as `Object.create(fileContext)`, a new object used as a prototype for each
// file. V8 gives each such prototype its own hidden classes and bookkeeping, and the garbage collector pays for that
// on every file: a config with one enabled rule (any rule, even one whose `create` returns `{}`) costs 25–35 % more
// CPU than parse-only on module-sized files, and almost all of it is GC (bench/RESULTS.md). Here the context is a
// flat frozen copy instead, with the same properties; the difference to a normal run is ESLint's own price, which no
// plugin can avoid and which every real configuration (one with any rule on) already pays.
'use strict';
const { join, dirname } = require('node:path');

const eslintRoot = dirname(require.resolve('eslint/package.json', { paths: [process.cwd()] }));
const { FileContext } = require(join(eslintRoot, 'lib', 'linter', 'file-context.js'));
if (typeof FileContext?.prototype?.extend !== 'function') throw new Error('bench/flat-rule-context.cjs: this ESLint has no FileContext#extend.');

FileContext.prototype.extend = function extendFlat(extension) {
  return Object.freeze({
    cwd: this.cwd,
    filename: this.filename,
    physicalFilename: this.physicalFilename,
    sourceCode: this.sourceCode,
    languageOptions: this.languageOptions,
    settings: this.settings,
    ...extension,
  });
};
