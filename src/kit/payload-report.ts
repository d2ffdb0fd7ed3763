import type { TSESLint } from '@typescript-eslint/utils';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateJsonPayloads, locatePayloads, payloadGate, type Payload, type PayloadKind } from '../locate/payload.js';
import type { PayloadNode } from '../locate/payload-tree.js';
import { fileListener } from './file-listener.js';
import type { RuleSetup, SetupGate } from './rule-setup.js';
import type { Range } from '../util/text-edit.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The gate of a rule that reads only payloads: in code, the payload locator's own gate, which every rule of the
 * family shares (one text scan per file for all of them, and the locator runs once per file anyway); in a JSON
 * document, which names no endpoint or SDK, the rule's own `json` pattern.
 */
export function payloadRuleGate(json: RegExp): SetupGate {
  return { js: payloadGate, json };
}

/**
 * Listeners that call `visit` once for every payload of the given kinds in the file (ESTree or JSON), after the
 * whole file is known, so all payload rules share one locate pass.
 */
export function payloadListener(context: Context, setup: RuleSetup, kinds: readonly PayloadKind[], visit: (payload: Payload) => void): TSESLint.RuleListener {
  const each = (payloads: readonly Payload[]) => {
    for (const payload of payloads) if (kinds.includes(payload.kind)) visit(payload);
  };
  return fileListener(setup.language, () =>
    each(setup.language === 'json' ? locateJsonPayloads(context.sourceCode as unknown as JsonSourceCode) : locatePayloads(context.sourceCode)),
  );
}

/** A string literal for `value` in the quotes the replaced text used (JSON always has double quotes). */
export function quotedLike(originalText: string, value: string): string {
  const quote = originalText.startsWith("'") ? "'" : originalText.startsWith('`') ? '`' : '"';
  if (quote === '"') return JSON.stringify(value);
  const escaped = value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

/** The text a payload node was written with. */
export function nodeText(context: Context, node: PayloadNode): string {
  return context.sourceCode.text.slice(node.range[0], node.range[1]);
}

/** A string value written in place (not through a constant), so a fix may edit it. */
export function isEditableString(node: PayloadNode | undefined): node is PayloadNode & { type: 'string'; value: string; literal: true } {
  return node?.type === 'string' && node.literal;
}

/** `a`, `b` and `c` → "`a`, `b` and `c`" (or "… or `c`"). */
export function codeList(items: readonly string[], last: 'and' | 'or' = 'and'): string {
  const quoted = items.map((item) => `\`${item}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${last} ${quoted[quoted.length - 1]}`;
}

/**
 * `replacement` followed by every comment of `range` that it does not already carry (comments inside `kept`, the
 * parts of the old text the replacement copies). A fix or suggestion never drops a comment; a line comment keeps its
 * line break.
 */
export function withCommentsOf(context: Context, range: Range, replacement: string, kept: readonly Range[] = []): string {
  const sourceCode = context.sourceCode as { text: string; getAllComments?: () => { type: string; range?: Range }[] };
  let text = replacement;
  for (const comment of sourceCode.getAllComments?.() ?? []) {
    const where = comment.range;
    if (!where || where[0] < range[0] || where[1] > range[1]) continue;
    if (kept.some((part) => where[0] >= part[0] && where[1] <= part[1])) continue;
    const original = sourceCode.text.slice(where[0], where[1]);
    text += comment.type === 'Line' ? ` ${original}\n` : ` ${original}`;
  }
  return text;
}
