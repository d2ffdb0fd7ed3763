import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { authenticatorLabel, authenticatorLabelGate, authenticatorLabels, webauthnKey, type AuthenticatorLabel } from '../data/authenticator-labels.js';
import { oktaGuide } from '../data/doc-urls.js';
import { locateStringTests, type StaticRegex, type StringTest } from '../locate/string-tests.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { withCommentsOf } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { readRegex } from '../util/regex-source.js';
import type { Range } from '../util/text-edit.js';

type MessageIds = keyof typeof settingsMessages | 'nameMatch' | 'selectorMatch' | 'matchKey';

/** Properties that hold an authenticator's display name (`authenticator.name`, IDX `displayName`, UI `label`). */
const displayNameProperties = new Set(['name', 'displayName', 'label']);
/** Calls that only normalize a string before it is compared. */
const normalizers = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim']);
/**
 * Every label, and every pattern that counts, names the authenticator with one of these words (not just `webauthn`,
 * which is also the key). The locator reads only literals that contain one.
 */
const distinctiveWords = /security key|biometric|fido2|passkey/i;

/** Words that only the authenticator's texts use; a pattern with just `passkey` is as generic as the word. */
const authenticatorPhrases = /security key|biometric|fido2/i;

/**
 * The label a regular expression is written to match, when it names the authenticator. The pattern is read from its
 * source text by the plugin's own linear matcher, never compiled or run: a pattern it does not understand names nothing.
 */
function regexLabel(pattern: StaticRegex): AuthenticatorLabel | undefined {
  if (!distinctiveWords.test(pattern.source)) return undefined;
  const regex = readRegex(pattern.source, pattern.flags);
  const label = regex && authenticatorLabels.find((candidate) => regex.test(candidate.text));
  if (!label || authenticatorPhrases.test(pattern.source)) return label;
  return { ...label, generic: true };
}

/** `a.name` in `a.name`, `a?.name`, `a.name.toLowerCase().trim()`: the object whose display name is compared. */
function displayNameHolder(subject: TSESTree.Node): { object: TSESTree.Node; optional: boolean } | undefined {
  let node = unwrap(subject);
  if (node.type === 'ChainExpression') node = node.expression;
  while (node.type === 'CallExpression' && node.arguments.length === 0 && node.callee.type === 'MemberExpression') {
    const method = staticKeyName(node.callee.property, node.callee.computed);
    if (!method || !normalizers.has(method)) break;
    node = unwrap(node.callee.object);
    if (node.type === 'ChainExpression') node = node.expression;
  }
  if (node.type !== 'MemberExpression') return undefined;
  const property = staticKeyName(node.property, node.computed);
  return property && displayNameProperties.has(property) ? { object: node.object, optional: node.optional } : undefined;
}

export default createRule<[], MessageIds>({
  name: 'no-authenticator-name-match',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow matching the FIDO2 (WebAuthn) authenticator by its display name, which the Passkeys rebrand changes',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Passkeys rebrand is self-service EA in Preview' },
      oktaGuide: oktaGuide.passkeysRebrand,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      nameMatch:
        "'{{label}}' is a display name of the FIDO2 (WebAuthn) authenticator: the Passkeys rebrand changes it and admins can rename it. Match the authenticator key `webauthn` (or the factor type `webauthn`) instead.",
      selectorMatch:
        "This test finds the element by the text '{{label}}', which the Passkeys rebrand changes and admins can rename. Select it by a `data-se` attribute or the authenticator key instead.",
      matchKey: 'Compare `{{replacement}}` instead.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: authenticatorLabelGate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;

    /** `authenticator.key === 'webauthn'` for `authenticator.name …`; `factorType` when the object reads as a factor. */
    function keyComparison(subject: TSESTree.Node, negated: boolean): { text: string; copied: Range } | undefined {
      const holder = displayNameHolder(subject);
      if (!holder) return undefined;
      const objectText = sourceCode.getText(holder.object);
      const property = /factor/i.test(objectText) && !/authenticator/i.test(objectText) ? 'factorType' : 'key';
      const object = holder.object.type === 'Identifier' || holder.object.type === 'MemberExpression' || holder.object.type === 'ThisExpression' ? objectText : `(${objectText})`;
      return { text: `${object}${holder.optional ? '?.' : '.'}${property} ${negated ? '!==' : '==='} '${webauthnKey}'`, copied: holder.object.range };
    }

    function report(node: TSESTree.Node, label: AuthenticatorLabel, replacement: ReturnType<typeof keyComparison>): void {
      context.report({
        node,
        messageId: 'nameMatch',
        data: { label: label.text },
        suggest: replacement
          ? [
              {
                messageId: 'matchKey',
                data: { replacement: replacement.text },
                fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(node, withCommentsOf(context, node.range, replacement.text, [replacement.copied])),
              },
            ]
          : [],
      });
    }

    /**
     * A label counts when it is distinctive, or, for the common words `Passkey` / `Passkeys`, when the compared value
     * is an object's `name`, `displayName` or `label`: an app's own `method === 'passkey'` is not a display name.
     */
    function counts(label: AuthenticatorLabel | undefined, subject: TSESTree.Node | undefined): label is AuthenticatorLabel {
      return label !== undefined && (!label.generic || (subject !== undefined && displayNameHolder(subject) !== undefined));
    }

    function check(test: StringTest): void {
      switch (test.kind) {
        case 'equality': {
          const label = authenticatorLabel(test.text.value);
          if (counts(label, test.subject)) report(test.node, label, keyComparison(test.subject, test.negated));
          return;
        }
        case 'switch-case': {
          const label = authenticatorLabel(test.text.value);
          if (counts(label, test.subject)) report(test.node, label, undefined);
          return;
        }
        case 'string-method': {
          const label = authenticatorLabel(test.text.value);
          if (!counts(label, test.subject)) return;
          // includes / startsWith / endsWith are true exactly when the name matches: they can become a key check.
          const boolean = test.method === 'includes' || test.method === 'startsWith' || test.method === 'endsWith';
          report(test.node, label, boolean ? keyComparison(test.subject, false) : undefined);
          return;
        }
        case 'array-includes': {
          const labels = test.texts.map((text) => authenticatorLabel(text.value));
          const first = labels.find((label) => counts(label, test.subject));
          if (!first) return;
          const allLabels = test.complete && labels.every((label) => label !== undefined);
          const callee = test.node.callee as TSESTree.MemberExpression;
          const method = staticKeyName(callee.property, callee.computed);
          report(test.node, first, allLabels && method === 'includes' ? keyComparison(test.subject, false) : undefined);
          return;
        }
        case 'regex': {
          const label = regexLabel(test.pattern);
          if (!counts(label, test.subject)) return;
          report(test.node, label, test.method === 'test' && test.subject ? keyComparison(test.subject, false) : undefined);
          return;
        }
        case 'selector': {
          // In a UI test every one of the texts is the widget's display text.
          const label = test.text ? authenticatorLabel(test.text.value) : test.pattern && regexLabel(test.pattern);
          if (label) context.report({ node: test.node, messageId: 'selectorMatch', data: { label: label.text } });
          return;
        }
      }
    }

    return {
      Program() {
        for (const test of locateStringTests(sourceCode, distinctiveWords)) check(test);
      },
    };
  },
});
