#!/usr/bin/env node
/**
 * The maintainers' check of the data against Okta's documents, which the test suite cannot run (a clone has no copy
 * of Okta's text, and the repository keeps none):
 *
 *   npm run data:check -- <release-notes.md>... [--limitations <limitations.txt>] [--coverage <coverage.md>]
 *
 * 1. src/data/features.json and the feature table of docs/availability.md are what scripts/release-notes.mjs makes
 *    of these notes and src/data/features.overrides.json, with no warning;
 * 2. docs/coverage.md accounts for every release, item heading, bug ticket and documentation bullet of the notes
 *    (rows marked `pending rule` do not count: they wait for a rule), and, with --limitations, for every heading of
 *    Okta's "Identity Engine limitations" document.
 *
 * Exit 0 when all holds; 1 with one line per problem, and the coverage rows to paste for what is missing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkCoverage, describeGap, skeleton } from './coverage.mjs';
import { defaultDataFile, defaultDocsFile, defaultOverridesFile, generate, parseReleaseNotes, serialize, withFeatureTable } from './release-notes.mjs';

export const defaultCoverageFile = fileURLToPath(new URL('../docs/coverage.md', import.meta.url));

function usage() {
  return 'usage: npm run data:check -- <release-notes.md>... [--limitations <limitations.txt>] [--coverage <coverage.md>] [--data <features.json>] [--overrides <overrides.json>] [--docs <availability.md>]';
}

/** `### …` and `#### …` headings of the limitations document: its groups and items. */
export function limitationHeadings(text) {
  return [...text.matchAll(/^#{3,4} (.+?)\s*$/gm)].map((match) => match[1]);
}

/** The feature id of the record that lists a release's heading, for the pasted rows. */
function featureFinder(data) {
  return (release, heading) => data.features.find((feature) => feature.headings.some((entry) => entry.release === release && entry.heading === heading))?.id;
}

/** Runs the check; returns `{ problems, hints }` (lines to print). Pure apart from reading the files it is given. */
export function runCheck({ notes, limitations, coverageFile = defaultCoverageFile, dataFile = defaultDataFile, overridesFile = defaultOverridesFile, docsFile = defaultDocsFile }) {
  const problems = [];
  const hints = [];
  const { data, warnings } = generate(notes, { overridesFile });
  for (const warning of warnings) problems.push(`warning from the release-notes parser: ${warning}`);
  if (readFileSync(dataFile, 'utf8') !== serialize(data)) problems.push(`${dataFile} is out of date: run npm run data:release-notes -- --write ${notes.join(' ')}`);
  const page = readFileSync(docsFile, 'utf8');
  const table = withFeatureTable(page, data);
  if (table !== undefined && table !== page) problems.push(`the feature table of ${docsFile} is out of date: run npm run data:release-notes -- --write ${notes.join(' ')}`);

  const coverage = readFileSync(coverageFile, 'utf8');
  const missingAll = [];
  for (const file of notes) {
    const gap = checkCoverage(parseReleaseNotes(readFileSync(file, 'utf8'), { file }), coverage);
    problems.push(...describeGap(gap));
    missingAll.push(...gap.missing);
  }
  if (missingAll.length > 0) hints.push('Rows to fill in and paste into docs/coverage.md:', '', skeleton(missingAll, featureFinder(data)));

  if (limitations) {
    const lines = coverage.split(/\r?\n/);
    for (const heading of limitationHeadings(readFileSync(limitations, 'utf8'))) {
      if (!lines.some((line) => line === `### ${heading}` || line.startsWith(`| ${heading} |`))) problems.push(`not in docs/coverage.md: limitations heading "${heading}"`);
    }
  }
  return { problems, hints };
}

export function main(argv) {
  const notes = [];
  const options = {};
  const valued = { '--limitations': 'limitations', '--coverage': 'coverageFile', '--data': 'dataFile', '--overrides': 'overridesFile', '--docs': 'docsFile' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage()}\n`);
      return 0;
    }
    if (arg in valued) {
      const value = argv[(i += 1)];
      if (!value) {
        process.stderr.write(`${arg} needs a value\n${usage()}\n`);
        return 2;
      }
      options[valued[arg]] = value;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`unknown option ${arg}\n${usage()}\n`);
      return 2;
    } else notes.push(arg);
  }
  if (notes.length === 0) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  const { problems, hints } = runCheck({ notes, ...options });
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  if (hints.length > 0) process.stderr.write(`\n${hints.join('\n')}\n`);
  if (problems.length > 0) {
    process.stderr.write(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}.\n`);
    return 1;
  }
  process.stdout.write('The data and docs/coverage.md account for everything in the notes.\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
