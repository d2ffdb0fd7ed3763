import type { PayloadObject } from '../locate/payload-tree.js';
import type { TextEdit } from '../util/text-edit.js';

/**
 * The edit that adds `key: 'value'` as the first entry of an object written in place, in the file's style: JSON
 * quotes, or the quote of the object's first string value in code; on its own line when the entries are one per line.
 * Undefined when the object cannot be edited (built from a constant or a spread).
 */
export function insertFirstEntry(text: string, object: PayloadObject, key: string, value: string, json: boolean): TextEdit | undefined {
  const first = object.entries[0];
  if (!first?.removal || object.open) return undefined;
  const firstStart = (first.keyNode as { range?: [number, number] }).range?.[0] ?? rangeOfJsonNode(first.keyNode);
  if (firstStart === undefined) return undefined;
  const quote = json ? '"' : /^[^'"`]*(['"])/.exec(text.slice(object.range[0], object.range[1]))?.[1] ?? "'";
  const entry = json ? `"${key}": ${JSON.stringify(value)}` : `${key}: ${quote}${value}${quote}`;
  const before = text.slice(object.range[0] + 1, firstStart);
  const lineBreak = /\n([ \t]*)$/.exec(before);
  return { range: [firstStart, firstStart], text: lineBreak ? `${entry},\n${lineBreak[1]}` : `${entry}, ` };
}

function rangeOfJsonNode(node: unknown): number | undefined {
  return (node as { loc?: { start?: { offset?: number } } }).loc?.start?.offset;
}
