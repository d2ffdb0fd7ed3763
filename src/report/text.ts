/** `1 file`, `3 files`, with thousands separators. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `2026-02-20 14:03 UTC`: readable, and the same on every machine that renders the report. */
export function formatTimestamp(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Share of `part` in `whole` as a whole-number percentage (0 when there is nothing). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}
