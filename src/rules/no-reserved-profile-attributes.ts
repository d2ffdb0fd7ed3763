import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { prefixedAttributeName, reservedAttribute } from '../data/reserved-attributes.js';
import type { Payload } from '../locate/payload.js';
import { entryOf, stringValue, valueAt, valuesAt, type PayloadEntry, type PayloadNode, type PayloadObject } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import type { TextEdit } from '../util/text-edit.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'reserved' | 'rename';

const gate = /schemas|schemaApi|SchemaProperty|updateUserProfile|updateApplicationUserProfile|"definitions"/;
const identifierName = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON document is read as a schema by its `definitions` key, which every JSON Schema has. It counts as an Okta user
 * or app user schema only with Okta's marks: `definitions.custom.id` `#custom`, a `definitions.base`, or an `id` under
 * `/meta/schemas/user/` or `/meta/schemas/apps/` (what the Schemas API returns and takes back).
 */
function isOktaProfileSchema(payload: Payload, definitions: PayloadNode | undefined, custom: PayloadNode | undefined): boolean {
  const id = stringValue(valueAt(payload.body, 'id')) ?? '';
  if (/\/meta\/schemas\/group\//.test(id)) return false;
  return stringValue(valueAt(custom, 'id')) === '#custom' || entryOf(definitions, 'base') !== undefined || /\/meta\/schemas\/(?:user|apps)\//.test(id);
}

export default createRule<[], MessageIds>({
  name: 'no-reserved-profile-attributes',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow custom user and app user profile properties named after reserved attributes',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Bugs fixed in 2026.01.0' },
      oktaGuide: oktaGuide.reservedAttributes,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      reserved:
        "'{{name}}' is a reserved profile attribute name ('{{reserved}}', whatever the case{{since}}): Okta rejects a custom property with this name. Give it another name.",
      rename: "Rename it to '{{to}}'.",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: false, languages: ['js', 'json'] });
    if (!setup) return {};
    const isJson = setup.language === 'json';

    function since(reserved: ReturnType<typeof reservedAttribute>): string {
      return reserved?.source === '2026.01.0' ? '; enforced since 2026.01.0' : '';
    }

    /** The edits that rename a property key written in place: the key, and the same name in `required`. */
    function keyRename(entry: PayloadEntry, to: string, required: readonly { value: unknown; range: readonly [number, number] }[]): TextEdit[] | undefined {
      if (!entry.removal) return undefined;
      const key = entry.keyNode as TSESTree.Node & { range: [number, number] };
      const keyText = context.sourceCode.text.slice(key.range[0], key.range[1]);
      let text: string;
      if (isJson || /^["'`]/.test(keyText)) text = quotedLike(isJson ? '"' : keyText, to);
      else if ((key as TSESTree.Node).type === 'Identifier' && identifierName.test(to)) text = to;
      else return undefined;
      return [{ range: [key.range[0], key.range[1]], text }, ...required.map((item) => ({ range: [item.range[0], item.range[1]] as [number, number], text: quotedLike(isJson ? '"' : context.sourceCode.text.slice(item.range[0], item.range[1]), to) }))];
    }

    function checkSchema(payload: Payload): void {
      const definitions = valueAt(payload.body, 'definitions');
      const custom = valueAt(definitions, 'custom');
      if (payload.origin === 'json' && !isOktaProfileSchema(payload, definitions, custom)) return;
      const properties = valueAt(custom, 'properties');
      if (properties?.type !== 'object') return;
      const taken = new Set(properties.entries.map((entry) => entry.key.toLowerCase()));
      const requiredItems = valuesAt(custom, 'required[]').map((match) => match.value);
      for (const entry of (properties as PayloadObject).entries) {
        const reserved = reservedAttribute(entry.key);
        if (!reserved) continue;
        const to = prefixedAttributeName(entry.key);
        const required = requiredItems.filter((item) => stringValue(item) === entry.key);
        const edits = taken.has(to.toLowerCase()) || !required.every(isEditableString) ? undefined : keyRename(entry, to, required);
        context.report({
          node: entry.keyNode as never,
          messageId: 'reserved',
          data: { name: entry.key, reserved: reserved.name, since: since(reserved) },
          suggest: edits ? [{ messageId: 'rename', data: { to }, fix: applyEdits(edits) }] : [],
        });
      }
    }

    function checkPulumi(payload: Payload): void {
      const index = valueAt(payload.body, 'index');
      const name = stringValue(index);
      const reserved = name === undefined ? undefined : reservedAttribute(name);
      if (!index || name === undefined || !reserved) return;
      const to = prefixedAttributeName(name);
      context.report({
        node: index.node as never,
        messageId: 'reserved',
        data: { name, reserved: reserved.name, since: since(reserved) },
        suggest: isEditableString(index)
          ? [{ messageId: 'rename', data: { to }, fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(index.range, quotedLike(nodeText(context, index), to)) }]
          : [],
      });
    }

    return payloadListener(context, setup, ['user-schema', 'app-user-schema'], (payload) => {
      if (payload.origin === 'pulumi') checkPulumi(payload);
      else if (entryOf(payload.body, 'definitions')) checkSchema(payload);
    });
  },
});
