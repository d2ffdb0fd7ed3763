/**
 * A problem the user can act on (bad path, broken config, unreadable file). The command prints its message as one line
 * and exits non-zero; anything else is a bug and shows its stack only with `--debug`.
 */
export class ReportError extends Error {
  override name = 'ReportError';
}

/** Error messages from ESLint or Node can span lines; the command prints one. */
export function oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}

export function messageOf(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error));
}
