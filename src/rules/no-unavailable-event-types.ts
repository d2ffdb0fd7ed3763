import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { eventTypeGate, misspelledEventTypes, unavailableEventTypes, type EngineOnlyEventType } from '../data/event-types.js';
import { eventTypeReceiverGate, locateEventTypeStrings, locateLogFilters } from '../locate/event-types.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateJsonPayloads, locatePayloads, type Payload } from '../locate/payload.js';
import { valuesAt, type PathMatch, type PayloadScalar } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule, textMatches } from '../kit/rule-setup.js';
import type { Range, TextEdit } from '../util/text-edit.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-unavailable-event-types';

type Options = [{ catalog?: boolean; ignoreSystemLogFilters?: boolean }];
type MessageIds =
  | keyof typeof settingsMessages
  | 'unavailableInHook'
  | 'unavailableInReceiver'
  | 'unavailableInFilter'
  | 'misspelledType'
  | 'removeType'
  | 'renameType';

const languages = ['js', 'json'] as const;

const engineNames = { identity: 'Identity Engine', classic: 'Classic Engine' } as const;

/** Edits that replace every `from` in the text of a string written in place (a literal, a URL template, a JSON string). */
function renameInString(text: string, range: Range, from: string, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const source = text.slice(range[0], range[1]);
  if (!/^["'`]/.test(source)) return edits;
  for (let at = source.indexOf(from); at !== -1; at = source.indexOf(from, at + from.length)) {
    // `…activated` is `…activate` + `d`: rename only the whole name.
    if (/[\w.]/.test(source[at + from.length] ?? '')) continue;
    edits.push({ range: [range[0] + at, range[0] + at + from.length], text: to });
  }
  return edits;
}

export default createRule<Options, MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow event types that the Okta engine the code runs on never sends',
      recommended: 'error',
      strictOptions: { catalog: true },
      languages,
      source: { doc: 'ie-limitations', heading: 'Event Type availability for Event Hooks' },
      oktaGuide: oktaGuide.eventHooksUpgrade,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          catalog: {
            type: 'boolean',
            description:
              "With `engine: 'classic'`, also report the event types Okta's event-type catalog tags `oie-only` that the guides do not list (device, PKI, desktop MFA, …; on in `strict`).",
          },
          ignoreSystemLogFilters: {
            type: 'boolean',
            description: 'Do not report System Log query filters (for analytics over logs kept from before the upgrade).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ catalog: false, ignoreSystemLogFilters: false }],
    messages: {
      ...settingsMessages,
      unavailableInHook: 'An event hook on Okta {{engine}} never receives `{{type}}`: {{reason}}. Remove it from the subscription.',
      unavailableInReceiver: 'Okta {{engine}} never sends the event type `{{type}}` ({{reason}}), so this code never sees it.',
      unavailableInFilter: 'The System Log of an Okta {{engine}} org has no `{{type}}` events ({{reason}}), so this filter selects none.',
      misspelledType:
        "`{{type}}` is not an Okta event type (Okta's Identity Engine limitations document misspells it); the event type is `{{to}}`.",
      removeType: 'Remove `{{type}}` from the subscription.',
      renameType: 'Rename it to `{{to}}`.',
    },
  },
  create(context, [options]) {
    const setup = setupRule(context, { gate: eventTypeGate, identityEngineOnly: false, languages });
    if (!setup) return {};
    const engine = setup.settings.engine;
    const unavailable = unavailableEventTypes(engine, options.catalog === true);
    const engineName = engineNames[engine];
    const text = context.sourceCode.text;
    const reported = new Set<unknown>();

    function renameSuggestion(range: Range, from: string, to: string) {
      const edits = renameInString(text, range, from, to);
      return edits.length > 0 ? [{ messageId: 'renameType' as const, data: { to }, fix: applyEdits(edits) }] : [];
    }

    /** Reports one string: a misspelled name, or a type the engine never sends. */
    function reportType(
      node: unknown,
      range: Range,
      type: string,
      messageId: 'unavailableInHook' | 'unavailableInReceiver' | 'unavailableInFilter',
      removal: TextEdit[] | undefined,
    ): void {
      const removeSuggestion = removal ? [{ messageId: 'removeType' as const, data: { type }, fix: applyEdits(removal) }] : [];
      const correct = misspelledEventTypes.get(type);
      if (correct) {
        context.report({
          node: node as never,
          messageId: 'misspelledType',
          data: { type, to: correct },
          // Renamed where the string is written (in place or in a constant); never through an identifier.
          suggest: [...renameSuggestion(range, type, correct), ...removeSuggestion],
        });
        return;
      }
      const entry: EngineOnlyEventType | undefined = unavailable.get(type);
      if (!entry) return;
      context.report({
        node: node as never,
        messageId,
        data: { engine: engineName, type, reason: entry.reason },
        suggest: removeSuggestion,
      });
    }

    /**
     * Event hook subscriptions: `events.items[]` in API bodies, `events[]` in Pulumi `EventHook` arguments. A body kept
     * in a constant and sent twice is one subscription list: each string is reported once, with the removal edit if
     * one of its uses has it.
     */
    function checkHooks(payloads: readonly Payload[]): void {
      const items = new Map<unknown, PathMatch>();
      for (const payload of payloads) {
        if (payload.kind !== 'event-hook') continue;
        for (const match of valuesAt(payload.body, payload.origin === 'pulumi' ? 'events[]' : 'events.items[]')) {
          if (match.value.type !== 'string') continue;
          const known = items.get(match.value.node);
          if (!known || (!known.removal && match.removal)) items.set(match.value.node, match);
        }
      }
      for (const [node, match] of items) {
        const value = match.value as PayloadScalar;
        reported.add(node);
        reportType(node, value.range, value.value as string, 'unavailableInHook', match.removal);
      }
    }

    if (setup.language === 'json') {
      return {
        Document() {
          checkHooks(locateJsonPayloads(context.sourceCode as unknown as JsonSourceCode));
        },
      } as TSESLint.RuleListener;
    }
    return {
      Program() {
        const sourceCode = context.sourceCode;
        checkHooks(locatePayloads(sourceCode));
        if (!options.ignoreSystemLogFilters) {
          for (const filter of locateLogFilters(sourceCode)) {
            for (const type of new Set(filter.eventTypes)) {
              const range = filter.node.range;
              reportType(filter.node, range, type, 'unavailableInFilter', undefined);
            }
          }
        }
        if (!textMatches(sourceCode, eventTypeReceiverGate)) return;
        for (const string of locateEventTypeStrings(sourceCode)) {
          if (reported.has(string.node)) continue;
          reported.add(string.node);
          reportType(string.node, string.node.range as Range, string.value, 'unavailableInReceiver', undefined);
        }
      },
    };
  },
});
