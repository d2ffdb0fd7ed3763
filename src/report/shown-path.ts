import { isAbsolute, relative } from 'node:path';

/** A path for messages: relative when it is inside the working directory, absolute otherwise. */
export function shownPath(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}
