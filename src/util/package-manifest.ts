import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

const dependencyFields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** The `package.json` nearest to each directory asked about (undefined: none up to the root). */
const manifestOf = new Map<string, string | undefined>();
/**
 * What each `package.json` declares, with the modification time it was read at: an editor session outlives edits to
 * it, so the time is looked at again, but at most once a second (a lint run asks for every file).
 */
const dependenciesOf = new Map<string, { mtimeMs: number; checkedAt: number; names: ReadonlySet<string> }>();
const recheckAfterMs = 1000;

const none: ReadonlySet<string> = new Set();

function isFile(path: string): number | undefined {
  try {
    const stats = statSync(path, { throwIfNoEntry: false });
    return stats?.isFile() ? stats.mtimeMs : undefined;
  } catch {
    return undefined;
  }
}

function nearestManifest(directory: string): string | undefined {
  const visited: string[] = [];
  let current = directory;
  let found: string | undefined;
  for (;;) {
    if (manifestOf.has(current)) {
      found = manifestOf.get(current);
      break;
    }
    visited.push(current);
    const candidate = join(current, 'package.json');
    if (isFile(candidate) !== undefined) {
      found = candidate;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directoryVisited of visited) manifestOf.set(directoryVisited, found);
  return found;
}

/**
 * The names of the packages that the nearest `package.json` above a file depends on (any kind of dependency), cached
 * per directory. Empty for a file name that is not a path (`<input>`, `<text>`) and when there is no readable
 * `package.json`; never throws.
 */
export function nearestDependencies(filename: string): ReadonlySet<string> {
  if (!filename || filename.startsWith('<')) return none;
  const manifest = nearestManifest(dirname(isAbsolute(filename) ? filename : resolve(filename)));
  if (!manifest) return none;
  const now = Date.now();
  const cached = dependenciesOf.get(manifest);
  if (cached && now - cached.checkedAt < recheckAfterMs) return cached.names;
  const mtimeMs = isFile(manifest);
  if (mtimeMs === undefined) return none;
  if (cached && cached.mtimeMs === mtimeMs) {
    cached.checkedAt = now;
    return cached.names;
  }
  const names = new Set<string>();
  try {
    const json = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>;
    for (const field of dependencyFields) {
      const entries = json[field];
      if (entries && typeof entries === 'object') for (const name of Object.keys(entries)) names.add(name);
    }
  } catch {
    // An unreadable or invalid package.json says nothing.
  }
  dependenciesOf.set(manifest, { mtimeMs, checkedAt: now, names });
  return names;
}
