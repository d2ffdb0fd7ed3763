import { oktaGuide } from '../data/doc-urls.js';
import { passwordOelStatement } from '../data/policy-values.js';
import { valuesAt, type PayloadNode } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { parseExpression, visitExpression, type ExpressionNode } from '../util/expression-tree.js';
import { isEditableString, nodeText, payloadListener, payloadRuleGate, quotedLike } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'missingSubject' | 'multiWord' | 'emptyWord' | 'joinWithOr' | 'splitWords';

const gate = /oelStatement/;
const blockCall = `${passwordOelStatement.subject}.${passwordOelStatement.method}`;

type Call = Extract<ExpressionNode, { kind: 'call' }>;
type StringNode = Extract<ExpressionNode, { kind: 'string' }>;

/** `password.value.contains('word')`: the call and its word, when the clause has that shape. */
function blockedWord(node: ExpressionNode): { call: Call; word: StringNode } | undefined {
  const word = node.kind === 'call' && node.callee === blockCall && node.args.length === 1 ? node.args[0] : undefined;
  return word?.kind === 'string' ? { call: node as Call, word } : undefined;
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

export default createRule<[], MessageIds>({
  name: 'valid-password-oel-statement',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce one blocked word per `password.value.contains()` clause, joined with OR, in password policy `oelStatement`s',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'New password complexity property is GA in Preview' },
      oktaGuide: oktaGuide.passwordPolicy,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      missingSubject:
        "`oelStatement` must test the password as `password.value` (for example password.value.contains('acme')): this expression blocks no word.",
      multiWord:
        "`oelStatement` blocks one word per `password.value.contains()` clause; '{{word}}' has {{count}} words. Block each in its own clause, joined with OR.",
      emptyWord: "`password.value.contains('')` is true for every password: name the word to block.",
      joinWithOr: 'Join blocked words with OR: with {{operator}}, a password is blocked only when it contains every one of them.',
      splitWords: 'Block {{words}} in separate clauses.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};

    /** The statement with one clause split into one clause per word, when the statement is a plain list of clauses. */
    function split(statement: string, tree: ExpressionNode, target: { call: Call; word: StringNode }): string | undefined {
      const clauses = tree.kind === 'or' ? tree.operands : [tree];
      if (!clauses.every((clause) => blockedWord(clause) !== undefined)) return undefined;
      const quote = target.word.quote;
      const parts = words(target.word.value);
      if (parts.some((word) => word.includes(quote) || word.includes('\\'))) return undefined;
      const or = tree.kind === 'or' ? tree.operators[0]! : passwordOelStatement.or;
      const replacement = parts.map((word) => `${blockCall}(${quote}${word}${quote})`).join(` ${or} `);
      return statement.slice(0, target.call.start) + replacement + statement.slice(target.call.end);
    }

    function check(node: PayloadNode): void {
      if (node.type !== 'string') return;
      const statement = node.value as string;
      const tree = parseExpression(statement);
      // Nested beyond what the reader takes: no judgement at all on this statement.
      if (tree === null) return;
      const usesSubject = tree
        ? (() => {
            let found = false;
            visitExpression(tree, (part) => {
              if ((part.kind === 'reference' && part.path.startsWith(passwordOelStatement.subject)) || (part.kind === 'call' && part.callee?.startsWith(`${passwordOelStatement.subject}.`))) found = true;
            });
            return found;
          })()
        : /\bpassword\s*\.\s*value\b/.test(statement);
      if (!usesSubject) {
        context.report({ node: node.node as never, messageId: 'missingSubject' });
        return;
      }
      if (!tree) return;
      let joined = false;
      visitExpression(tree, (part) => {
        if (part.kind === 'and' && !joined && part.operands.some((operand) => blockedWord(operand))) {
          joined = true;
          context.report({ node: node.node as never, messageId: 'joinWithOr', data: { operator: part.operators[0]! } });
        }
        const clause = blockedWord(part);
        if (!clause) return;
        const parts = words(clause.word.value);
        if (parts.length === 0) {
          context.report({ node: node.node as never, messageId: 'emptyWord' });
        } else if (parts.length > 1) {
          const fixed = isEditableString(node) ? split(statement, tree, clause) : undefined;
          const quoted = parts.map((word) => `'${word}'`);
          const list = `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]!}`;
          context.report({
            node: node.node as never,
            messageId: 'multiWord',
            data: { word: clause.word.value, count: String(parts.length) },
            suggest:
              fixed === undefined
                ? []
                : [{ messageId: 'splitWords', data: { words: list }, fix: applyEdits([{ range: [node.range[0], node.range[1]], text: quotedLike(nodeText(context, node), fixed) }]) }],
          });
        }
      });
    }

    return payloadListener(context, setup, ['policy'], (payload) => {
      if (payload.policyType !== passwordOelStatement.policyType) return;
      for (const match of valuesAt(payload.body, passwordOelStatement.path)) check(match.value);
    });
  },
});
