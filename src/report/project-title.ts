import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What the report is about: the `name` in the working directory's package.json, else the folder's name. */
export function projectTitle(cwd: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { name?: unknown };
    if (typeof manifest.name === 'string' && manifest.name.trim() !== '') return manifest.name.trim();
  } catch {
    // No readable package.json: the folder name says enough.
  }
  return basename(cwd) || cwd;
}
