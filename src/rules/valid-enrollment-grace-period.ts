import { deviceAssuranceGracePeriod } from '../data/device-assurance.js';
import { oktaGuide } from '../data/doc-urls.js';
import { enrollmentGracePeriod, gracePeriodRequiredSoon } from '../data/policy-values.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, valuesAt, type PayloadEntry, type PayloadNode, type PayloadObject } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { insertFirstEntry } from '../kit/entry-insert.js';
import { parseDateTime, toMillisecondUtc } from '../util/iso-8601.js';
import { isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds =
  | keyof typeof settingsMessages
  | 'unknownType'
  | 'deviceAssuranceType'
  | 'missingType'
  | 'missingField'
  | 'wrongField'
  | 'skipCountRange'
  | 'expiryFormat'
  | 'customLinkPair'
  | 'addType'
  | 'removeField'
  | 'useType'
  | 'useNumber'
  | 'useExpiry';

const gate = /gracePeriod/;
const types = Object.keys(enrollmentGracePeriod.fieldByType);
const { min, max } = enrollmentGracePeriod.skipCount;

/** A value that is there: `null` counts as absent, as the API reads it. */
function present(entry: PayloadEntry | undefined): entry is PayloadEntry {
  return entry !== undefined && entry.value.type !== 'null';
}

export default createRule<[], MessageIds>({
  name: 'valid-enrollment-grace-period',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the shape of authenticator enrollment grace periods (`BY_DATE_TIME` expiry, `BY_SKIP_COUNT` skip counts)',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Skip counts for authenticator enrollment grace periods is EA' },
      oktaGuide: oktaGuide.enrollmentGracePeriods,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      unknownType: "'{{value}}' is not an enrollment grace period type: use 'BY_DATE_TIME' with `expiry`, or 'BY_SKIP_COUNT' with `skipCount`.",
      deviceAssuranceType:
        "'{{value}}' is a device assurance grace period type; an authenticator enrollment grace period is 'BY_DATE_TIME' (with `expiry`) or 'BY_SKIP_COUNT' (with `skipCount`).",
      missingType: "An enrollment grace period needs a `type`: 'BY_DATE_TIME' with `expiry`, or 'BY_SKIP_COUNT' with `skipCount`.",
      missingField: 'A {{type}} grace period needs `{{field}}` ({{hint}}).',
      wrongField: '`{{field}}` belongs to {{otherType}} grace periods; a {{type}} grace period takes `{{expected}}`.',
      skipCountRange: '`skipCount` must be a whole number from {{min}} to {{max}}, not {{value}}.',
      expiryFormat: "`expiry` must be written as yyyy-MM-dd'T'HH:mm:ss.SSS'Z' (for example 2026-03-01T00:00:00.000Z), not '{{value}}'.",
      customLinkPair: '`{{present}}` needs `{{missing}}`: the grace period prompt shows its custom link only with both a label and a URL.',
      addType: "Add `type: '{{type}}'`.",
      removeField: 'Remove `{{field}}`.',
      useType: "Change `type` to '{{type}}'.",
      useNumber: 'Use the number {{value}}.',
      useExpiry: "Use '{{expiry}}'{{assumption}}.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    const json = setup.language === 'json';
    const text = context.sourceCode.text;

    const hint = (field: string) => (field === 'expiry' ? `a date-time written as ${enrollmentGracePeriod.expiryFormat}` : `${min} to ${max}`);

    function checkSkipCount(node: PayloadNode): void {
      if (node.type === 'number' && Number.isInteger(node.value) && (node.value as number) >= min && (node.value as number) <= max) return;
      if (node.type !== 'number' && node.type !== 'string') return;
      const number = node.type === 'string' && /^\s*\d+\s*$/.test(node.value as string) ? Number(node.value) : undefined;
      const data = { min: String(min), max: String(max), value: node.type === 'string' ? `'${node.value as string}'` : String(node.value) };
      context.report({
        node: node.node as never,
        messageId: 'skipCountRange',
        data,
        suggest:
          number !== undefined && number >= min && number <= max && isEditableString(node)
            ? [{ messageId: 'useNumber', data: { value: String(number) }, fix: applyEdits([{ range: [node.range[0], node.range[1]], text: String(number) }]) }]
            : [],
      });
    }

    function checkExpiry(node: PayloadNode): void {
      if (node.type !== 'string' || enrollmentGracePeriod.expiryPattern.test(node.value as string)) return;
      const value = node.value as string;
      const expiry = toMillisecondUtc(value);
      const assumption = expiry && parseDateTime(value)?.zone === undefined ? ', reading the time as UTC' : '';
      context.report({
        node: node.node as never,
        messageId: 'expiryFormat',
        data: { value },
        suggest:
          expiry && isEditableString(node)
            ? [{ messageId: 'useExpiry', data: { expiry, assumption }, fix: applyEdits([{ range: [node.range[0], node.range[1]], text: quotedLike(nodeText(context, node), expiry) }]) }]
            : [],
      });
    }

    function checkGracePeriod(gracePeriod: PayloadObject, keyNode: unknown): void {
      const typeEntry = entryOf(gracePeriod, 'type');
      const type = typeEntry?.value.type === 'string' ? (typeEntry.value.value as string) : undefined;
      if (!present(typeEntry)) {
        if (gracePeriod.open) return;
        // The type the one field there says, when exactly one is there.
        const implied = types.filter((candidate) => present(entryOf(gracePeriod, enrollmentGracePeriod.fieldByType[candidate]!)));
        const insert = implied.length === 1 ? insertFirstEntry(text, gracePeriod, 'type', implied[0]!, json) : undefined;
        context.report({
          node: (keyNode ?? gracePeriod.node) as never,
          messageId: 'missingType',
          suggest: insert ? [{ messageId: 'addType', data: { type: implied[0]! }, fix: applyEdits([insert]) }] : [],
        });
        return;
      }
      if (type === undefined) return;
      if (!types.includes(type)) {
        const deviceType = (deviceAssuranceGracePeriod.types as readonly string[]).includes(type);
        context.report({ node: typeEntry.value.node as never, messageId: deviceType ? 'deviceAssuranceType' : 'unknownType', data: { value: type } });
        return;
      }
      const expected = enrollmentGracePeriod.fieldByType[type]!;
      const field = entryOf(gracePeriod, expected);
      let mismatch = false;
      for (const other of types.filter((candidate) => candidate !== type)) {
        const otherField = enrollmentGracePeriod.fieldByType[other]!;
        const entry = entryOf(gracePeriod, otherField);
        if (!present(entry)) continue;
        mismatch = true;
        const suggest: { messageId: 'removeField' | 'useType'; data: Record<string, string>; fix: ReturnType<typeof applyEdits> }[] = [];
        // With only the other type's field there, the type is the likelier mistake: offered first.
        if (!present(field) && isEditableString(typeEntry.value)) {
          const edit = { range: [typeEntry.value.range[0], typeEntry.value.range[1]] as [number, number], text: quotedLike(nodeText(context, typeEntry.value), other) };
          suggest.push({ messageId: 'useType', data: { type: other }, fix: applyEdits([edit]) });
        }
        if (entry.removal) suggest.push({ messageId: 'removeField', data: { field: otherField }, fix: applyEdits(entry.removal) });
        context.report({ node: entry.keyNode as never, messageId: 'wrongField', data: { field: otherField, otherType: other, type, expected }, suggest });
      }
      if (!present(field)) {
        if (!gracePeriod.open && !mismatch) {
          context.report({ node: typeEntry.value.node as never, messageId: 'missingField', data: { type, field: expected, hint: hint(expected) } });
        }
        return;
      }
      if (expected === 'skipCount') checkSkipCount(field.value);
      else checkExpiry(field.value);
    }

    function checkCustomLink(payload: Payload): void {
      for (const match of valuesAt(payload.body, gracePeriodRequiredSoon.path)) {
        const [label, url] = gracePeriodRequiredSoon.linkKeys.map((key) => entryOf(match.value, key));
        if (match.value.type !== 'object' || match.value.open || present(label) === present(url)) continue;
        const [there, missing] = present(label) ? [label!, gracePeriodRequiredSoon.linkKeys[1]] : [url!, gracePeriodRequiredSoon.linkKeys[0]];
        context.report({ node: there.keyNode as never, messageId: 'customLinkPair', data: { present: there.key, missing } });
      }
    }

    return payloadListener(context, setup, ['policy', 'sign-in-page'], (payload) => {
      if (payload.kind === 'sign-in-page') {
        checkCustomLink(payload);
        return;
      }
      if (payload.policyType !== enrollmentGracePeriod.policyType) return;
      for (const match of valuesAt(payload.body, enrollmentGracePeriod.path)) {
        if (match.value.type === 'object') checkGracePeriod(match.value, match.entry?.keyNode);
      }
    });
  },
});
