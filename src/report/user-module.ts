import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports a package the way the user's project sees it: resolved from the working directory first (so `npx` from a
 * cache still uses the project's own ESLint and parsers), then from this package's location. Returns undefined when
 * neither has it. The specifier is a variable on purpose: the bundler must leave these imports alone.
 */
export async function importFromProject<T>(cwd: string, specifier: string): Promise<T | undefined> {
  let resolved: string | undefined;
  try {
    resolved = createRequire(join(cwd, '__okta_oie_report__.js')).resolve(specifier);
  } catch {
    resolved = undefined;
  }
  try {
    const loaded = (await import(resolved ? pathToFileURL(resolved).href : specifier)) as T & { default?: T };
    return loaded;
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}
