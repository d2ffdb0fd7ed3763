import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ReportError, messageOf } from './errors.js';

/** Writes one output, creating its folder; a failure names the file. */
export function writeOutput(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new ReportError(`cannot write ${path}: ${messageOf(error)}`);
  }
}
