import { appConditionLists, appItemKeys, type AppConditionList } from '../data/policy-app-conditions.js';
import { oktaGuide } from '../data/doc-urls.js';
import type { Payload } from '../locate/payload.js';
import { stringValue, valueAt, valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';
import type { TextEdit } from '../util/text-edit.js';

const name = 'valid-policy-rule-app-condition';

type MessageIds = keyof typeof settingsMessages | 'includedAndExcluded' | 'removeFromList';

const languages = ['js', 'json'] as const;

/** Text a file needs to hold an app condition with both lists. */
const gate = /exclude/;

/** How an item names its app (`APP 0oa1…`, `APP_TYPE yahoo_mail`, or the bare id), when the file says it. */
function appOf(item: PayloadNode, list: AppConditionList): string | undefined {
  if (list.items === 'id') return stringValue(item);
  const type = stringValue(valueAt(item, 'type'));
  const key = type === undefined ? undefined : appItemKeys[type];
  const value = key === undefined ? undefined : stringValue(valueAt(item, key));
  return value === undefined ? undefined : `${type} ${value}`;
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow naming the same app in both the include and the exclude list of a policy rule app condition',
      recommended: 'error',
      languages,
      source: { doc: 'api-release-notes-2026', heading: 'Bugs fixed in 2026.05.1' },
      oktaGuide: oktaGuide.policiesApi,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      includedAndExcluded:
        '`{{app}}` is in both `{{path}}.include` and `{{path}}.exclude`: since 2026.05.1 (OKTA-1115016) Okta rejects a rule that names the same app in both, which it used to accept. Keep it in one list.',
      removeFromList: 'Remove it from `{{list}}`.',
    },
  },
  create(context) {
    // The fix is in Okta's Identity Engine release notes; what a Classic org does is not said.
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages });
    if (!setup) return {};
    const seen = new Set<unknown>();

    function check(payload: Payload): void {
      // The Pulumi arguments (`appIncludes`, `appExcludes`) are another shape, and Pulumi's own example names the same placeholder in both.
      if (payload.origin === 'pulumi') return;
      for (const list of appConditionLists) {
        const condition = valuesAt(payload.body, list.path)[0]?.value;
        if (!condition) continue;
        const included = new Map<string, TextEdit[] | undefined>();
        for (const match of valuesAt(condition, 'include[]')) {
          const app = appOf(match.value, list);
          if (app !== undefined && !included.has(app)) included.set(app, match.removal);
        }
        for (const match of valuesAt(condition, 'exclude[]')) {
          const app = appOf(match.value, list);
          if (app === undefined || !included.has(app) || seen.has(match.value.node)) continue;
          seen.add(match.value.node);
          const removals: [string, TextEdit[] | undefined][] = [
            ['include', included.get(app)],
            ['exclude', match.removal],
          ];
          context.report({
            node: match.value.node as never,
            messageId: 'includedAndExcluded',
            data: { app, path: list.path },
            suggest: removals.flatMap(([listName, edits]) =>
              edits ? [{ messageId: 'removeFromList' as const, data: { list: `${list.path}.${listName}` }, fix: applyEdits(edits) }] : [],
            ),
          });
        }
      }
    }
    return payloadListener(context, setup, ['policy-rule'], check);
  },
});
