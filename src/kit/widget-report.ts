import type { TSESLint } from '@typescript-eslint/utils';
import { factForPath, type WidgetOptionFact, type WidgetRuleId } from '../data/widget-options.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateWidgetOptions, shapeKeysGate, widgetOnlyKeysGate, type WidgetOption } from '../locate/widget-config.js';
import { locateJsonWidgetOptions } from '../locate/widget-config-json.js';
import { fileListener } from './file-listener.js';
import type { RuleSetup } from './rule-setup.js';
import type { TextEdit } from '../util/text-edit.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Text every widget rule needs before it looks further: a constructor, a module id, a hosted page, or a `features` key. */
export const widgetGate = /OktaSignIn|okta-signin-widget|getSignInWidgetConfig|features|helpSupportNumber|processCreds|policyId|needhelp|contact\.support|certAuthUrl/;

/**
 * A module of an Okta app (by its `package.json`) that names nothing Okta may still hold a widget config, kept in its
 * own module (`export default { issuer, clientId, features: { … } }`): widget rules look at a file whose text has an
 * identity key and a widget-only key.
 */
export const widgetAppFileGates: readonly RegExp[] = [widgetOnlyKeysGate, shapeKeysGate];

/**
 * Listeners that call `visit` once for every widget option in the file (ESTree or JSON), after the whole file is
 * known, so all widget rules share one locate pass.
 */
export function widgetOptionListener(
  context: Context,
  setup: RuleSetup,
  shapes: boolean,
  visit: (option: WidgetOption) => void,
): TSESLint.RuleListener {
  return fileListener(setup.language, () => {
    const options =
      setup.language === 'json'
        ? locateJsonWidgetOptions(context.sourceCode as unknown as JsonSourceCode, context.filename)
        : locateWidgetOptions(context.sourceCode, { shapes: shapes ? 'anywhere' : 'module' });
    for (const option of options) visit(option);
  });
}

/** The fact this rule owns for an option, when the option is in use (not `false`) and in one of `lists`. */
export function ownedFact(
  option: WidgetOption,
  rule: WidgetRuleId,
  lists: readonly WidgetOptionFact['list'][],
): WidgetOptionFact | undefined {
  if (option.isFalse) return undefined;
  const fact = factForPath(option.path);
  return fact && fact.rule === rule && lists.includes(fact.list) ? fact : undefined;
}

/** An option a rule would remove by autofix under the lists in force (the source-doc list is always in force). */
function isAutofixDead(option: WidgetOption, lists: readonly WidgetOptionFact['list'][]): boolean {
  const fact = factForPath(option.path);
  return (
    fact?.fix === 'remove' &&
    (fact.list === 'source-doc' || lists.includes(fact.list)) &&
    option.exclusive &&
    !option.sideEffects &&
    option.removal !== undefined
  );
}

/**
 * The edits that remove a dead option. When every option left in its object is one the plugin removes by autofix,
 * the whole object goes (so no `features: {}` stays behind).
 */
export function deadOptionRemoval(option: WidgetOption, lists: readonly WidgetOptionFact['list'][]): TextEdit[] | undefined {
  const container = option.container;
  if (container?.removal && container.options.length > 0 && container.options.every((sibling) => isAutofixDead(sibling, lists))) {
    return container.removal;
  }
  return option.removal;
}

export type WidgetFix =
  | { kind: 'autofix'; edits: TextEdit[] }
  | { kind: 'suggest-remove'; edits: TextEdit[] }
  | { kind: 'suggest-rename'; edits: TextEdit[]; to: string }
  | { kind: 'none' };

/** Fix when the meaning is provably kept, a suggestion when removing may change what the program does, nothing where no clean cut exists. */
export function widgetFix(option: WidgetOption, fact: WidgetOptionFact, lists: readonly WidgetOptionFact['list'][]): WidgetFix {
  if (fact.fix === 'suggest-rename') {
    const siblings = option.container?.options ?? [];
    const taken = siblings.some((sibling) => sibling.path[sibling.path.length - 1] === fact.renameTo);
    return fact.renameTo && option.rename && !taken
      ? { kind: 'suggest-rename', edits: option.rename(fact.renameTo), to: fact.renameTo }
      : { kind: 'none' };
  }
  if (!option.removal) return { kind: 'none' };
  // Autofix only when nothing else changes: nothing but the widget sees the object (`exclusive`) and the value does
  // nothing when evaluated. A JavaScript object taken for a widget config by its shape alone (strict) may be something
  // else. Otherwise the removal is a suggestion, for a person to judge.
  if (fact.fix === 'remove' && option.exclusive && !option.sideEffects && option.config.origin !== 'shape') {
    return { kind: 'autofix', edits: deadOptionRemoval(option, lists)! };
  }
  return { kind: 'suggest-remove', edits: option.removal };
}

export function applyEdits(edits: readonly TextEdit[]) {
  return (fixer: TSESLint.RuleFixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text));
}

/** `features.registration`, `i18n.en.needhelp`: how messages name an option. */
export function optionName(option: WidgetOption): string {
  return option.path.join('.');
}

/** The messages every widget rule reports dead options with (rules may word `ignoredOption` their own way). */
export const widgetMessages = {
  ignoredOption: 'Okta Identity Engine ignores the Sign-In Widget option `{{option}}`: {{instead}}.',
  removeOption: 'Remove `{{option}}`.',
  renameOption: 'Rename `{{option}}` to `{{to}}`.',
} as const;

type WidgetMessageId = keyof typeof widgetMessages;

/** Reports an option this rule owns, with the autofix or suggestion its fact allows. */
export function reportWidgetFact(
  context: Readonly<TSESLint.RuleContext<WidgetMessageId | (string & {}), readonly unknown[]>>,
  option: WidgetOption,
  rule: WidgetRuleId,
  lists: readonly WidgetOptionFact['list'][] = ['source-doc'],
): void {
  const fact = ownedFact(option, rule, lists);
  if (!fact) return;
  const fix = widgetFix(option, fact, lists);
  const data = { option: optionName(option), instead: fact.instead, what: option.path[0] === 'features' ? 'feature flag' : 'option' };
  context.report({
    node: option.node as never,
    messageId: 'ignoredOption',
    data,
    fix: fix.kind === 'autofix' ? applyEdits(fix.edits) : null,
    suggest:
      fix.kind === 'suggest-remove'
        ? [{ messageId: 'removeOption', data, fix: applyEdits(fix.edits) }]
        : fix.kind === 'suggest-rename'
          ? [{ messageId: 'renameOption', data: { ...data, to: fix.to }, fix: applyEdits(fix.edits) }]
          : [],
  });
}

/** The option every widget rule takes. */
export const configShapesSchema = {
  type: 'boolean',
  description:
    'Also treat an object literal with `features` next to `baseUrl`, `clientId`, `issuer` or `authParams` as a widget config wherever it is written, not only at module level (on in `strict`).',
} as const;

export const widgetLanguages = ['js', 'json'] as const;
