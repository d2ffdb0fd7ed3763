import type { TSESLint } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { renamedLogNameGate, renamedLogNames, type LogNameKind, type RenamedLogName } from '../data/resource-connection-log-names.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateNameOccurrences, type NameOccurrence } from '../locate/name-occurrences.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';
import type { TextEdit } from '../util/text-edit.js';

const name = 'no-managed-connection-log-names';

type MessageIds = keyof typeof settingsMessages | 'renamed' | 'rename';

const languages = ['js', 'json'] as const;

const what: Readonly<Record<LogNameKind, string>> = {
  'event-type': 'the event type',
  'debug-data': 'the debug data key',
  'detail-entry': 'the detail entry',
};

/** Where a name starts inside `text` as a whole name: not part of a longer event type or key. */
function wholeNameStarts(text: string, from: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(from); at !== -1; at = text.indexOf(from, at + from.length)) {
    // `…_scopes` is the start of `…_scopes_condition`; `a.b.c` may continue as `a.b.c.d`. A digit before the name is
    // the end of a percent-encoded quote (`%22workload_principal…` in a URL), not part of it.
    if (/[A-Za-z_.]/.test(text[at - 1] ?? '') || /[\w.]/.test(text[at + from.length] ?? '')) continue;
    starts.push(at);
  }
  return starts;
}

/** The renamed names an occurrence writes, with the edits that rename each where it is written. */
function renamesIn(occurrence: NameOccurrence, sourceText: string): { name: RenamedLogName; edits: TextEdit[] }[] {
  const found: { name: RenamedLogName; edits: TextEdit[] }[] = [];
  for (const renamed of renamedLogNames) {
    // The short debug data key means something only where code reads `debugData`.
    if (renamed.kind === 'debug-data' && (occurrence.holder !== 'debugData' || occurrence.text !== renamed.from)) continue;
    if (occurrence.form === 'property') {
      if (occurrence.text !== renamed.from) continue;
      const text = occurrence.shorthand ? `${renamed.to}: ${renamed.from}` : renamed.to;
      found.push({ name: renamed, edits: [{ range: [occurrence.range[0], occurrence.range[1]], text }] });
      continue;
    }
    if (wholeNameStarts(occurrence.text, renamed.from).length === 0) continue;
    const [start, end] = occurrence.range;
    const edits = wholeNameStarts(sourceText.slice(start, end), renamed.from).map((at) => ({
      range: [start + at, start + at + renamed.from.length] as [number, number],
      text: renamed.to,
    }));
    found.push({ name: renamed, edits });
  }
  return found;
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the System Log names of AI agent managed connections, which Okta renamed to resource connections',
      recommended: 'error',
      languages,
      source: { doc: 'api-release-notes-2026', heading: 'Managed connections renamed to resource connections is GA in Production' },
      oktaGuide: oktaGuide.resourceConnectionEventTypes,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      renamed:
        'Okta renamed managed connections to resource connections (2026.05.0): System Log events carry {{what}} `{{to}}`, and none has `{{from}}`.',
      rename: 'Rename to `{{to}}`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: renamedLogNameGate, identityEngineOnly: true, languages });
    if (!setup) return {};
    const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode> | JsonSourceCode;

    function check(): void {
      for (const occurrence of locateNameOccurrences(sourceCode, renamedLogNameGate)) {
        for (const { name: renamed, edits } of renamesIn(occurrence, sourceCode.text)) {
          context.report({
            node: occurrence.node as never,
            messageId: 'renamed',
            data: { what: what[renamed.kind], from: renamed.from, to: renamed.to },
            suggest: edits.length > 0 ? [{ messageId: 'rename', data: { to: renamed.to }, fix: applyEdits(edits) }] : [],
          });
        }
      }
    }
    return (setup.language === 'json' ? { Document: check } : { Program: check }) as TSESLint.RuleListener;
  },
});
