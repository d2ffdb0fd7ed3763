import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { oktaGuide } from '../data/doc-urls.js';
import { htmlDecoderGlobals, htmlDecoders, htmlEntityPattern } from '../data/html-decoders.js';
import { passwordComplexityRequirementsPath } from '../data/myaccount.js';
import { locateHttpCalls, matchingCalls } from '../locate/http-call.js';
import { memberUses, moduleMemberUses, type MemberUse } from '../locate/member-uses.js';
import { globalIdentifiers } from '../locate/module-references.js';
import { carriesValue, followValue, type ValueFlow } from '../locate/value-flow.js';
import { alternatives, resolverFor, type Resolver } from '../resolve/index.js';
import { staticKeyName, unwrap } from '../util/ast.js';
import { createRule } from '../kit/create-rule.js';
import { withCommentsOf } from '../kit/payload-report.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { walk } from '../util/walk.js';

type MessageIds = keyof typeof settingsMessages | 'obsoleteUnescape' | 'removeUnescape';

const gate = /complexity-requirements/;
const textReads = new Set(['textContent', 'innerText']);

function matchesPath(use: MemberUse, paths: readonly (readonly string[])[]): boolean {
  return paths.some((path) => path.length === use.path.length && path.every((name, index) => use.path[index] === name));
}

/** `x.replace(/&amp;|&lt;/g, …)`: a replace whose pattern names an HTML entity. */
function isEntityReplace(node: TSESTree.Node): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const method = staticKeyName(node.callee.property, node.callee.computed);
  if (method !== 'replace' && method !== 'replaceAll') return false;
  const pattern = node.arguments[0];
  if (pattern?.type !== 'Literal') return false;
  const source = 'regex' in pattern && pattern.regex ? pattern.regex.pattern : typeof pattern.value === 'string' ? pattern.value : '';
  return htmlEntityPattern.test(source);
}

export default createRule<[], MessageIds>({
  name: 'no-obsolete-html-unescape',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow HTML-unescaping the password complexity requirements, which the MyAccount API no longer escapes',
      recommended: 'warn',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Bug fixed in 2026.01.1' },
      oktaGuide: oktaGuide.myAccountPasswordApi,
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      obsoleteUnescape:
        '`/idp/myaccount/password/complexity-requirements` returns plain text since 2026.01.1, so unescaping it again turns a literal `&amp;` in a requirement into `&`. Use the text as it is.',
      removeUnescape: 'Use the value as it is.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const sourceCode = context.sourceCode;

    function report(node: TSESTree.Node, replace: { node: TSESTree.Node; with: TSESTree.Node } | undefined): void {
      context.report({
        node,
        messageId: 'obsoleteUnescape',
        suggest: replace
          ? [
              {
                messageId: 'removeUnescape',
                fix: (fixer: TSESLint.RuleFixer) =>
                  fixer.replaceText(replace.node, withCommentsOf(context, replace.node.range, sourceCode.getText(replace.with), [replace.with.range])),
              },
            ]
          : [],
      });
    }

    /** Decoder calls from the modules and globals in `htmlDecoders`. */
    function decoderCalls(program: TSESTree.Program, scope: TSESLint.Scope.Scope, resolver: Resolver): TSESTree.CallExpression[] {
      const calls: TSESTree.CallExpression[] = [];
      for (const use of moduleMemberUses(program, resolver, (id) => id in htmlDecoders)) {
        if (use.call && matchesPath(use, htmlDecoders[use.moduleId]!)) calls.push(use.call);
        // html-entities 1.x: new Html5Entities().decode(text)
        if (use.construct && use.moduleId === 'html-entities') {
          for (const inner of memberUses(use.construct, resolver)) if (inner.call && inner.path.length === 1 && inner.path[0] === 'decode') calls.push(inner.call);
        }
      }
      for (const [name, paths] of Object.entries(htmlDecoderGlobals)) {
        for (const identifier of globalIdentifiers(scope, name)) {
          for (const use of memberUses(identifier, resolver)) if (use.call && matchesPath(use, paths)) calls.push(use.call);
        }
      }
      return calls;
    }

    /** The element `document.createElement('textarea')` made, when `node` names one. */
    function isTextarea(node: TSESTree.Node, resolver: Resolver): boolean {
      const target = unwrap(node);
      if (target.type !== 'Identifier') return false;
      // A call's value is unknown to the resolver, which points at the call.
      const [value, ...others] = alternatives(resolver.value(target));
      const call = others.length === 0 && value?.kind === 'unknown' ? value.node : undefined;
      return (
        call?.type === 'CallExpression' &&
        call.callee.type === 'MemberExpression' &&
        staticKeyName(call.callee.property, call.callee.computed) === 'createElement' &&
        call.arguments[0]?.type === 'Literal' &&
        call.arguments[0].value === 'textarea'
      );
    }

    function checkDomTricks(flows: readonly ValueFlow[], scope: TSESLint.Scope.Scope, resolver: Resolver): void {
      const carries = (node: TSESTree.Node) => flows.some((flow) => carriesValue(node, flow, sourceCode));
      const parsers = new Set(globalIdentifiers(scope, 'DOMParser'));
      walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
        // new DOMParser().parseFromString(text, 'text/html').body.textContent
        if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && staticKeyName(node.callee.property, node.callee.computed) === 'parseFromString') {
          const receiver = unwrap(node.callee.object);
          const fromGlobal = receiver.type === 'NewExpression' && receiver.callee.type === 'Identifier' && parsers.has(receiver.callee);
          const text = node.arguments[0];
          if (!fromGlobal || !text || !carries(text)) return;
          let outer: TSESTree.Node = node;
          while (outer.parent?.type === 'MemberExpression' && outer.parent.object === outer) outer = outer.parent;
          const last = outer.type === 'MemberExpression' ? staticKeyName(outer.property, outer.computed) : undefined;
          report(node, last && textReads.has(last) ? { node: outer, with: text } : undefined);
        }
        // textarea.innerHTML = text; … textarea.value
        if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && staticKeyName(node.left.property, node.left.computed) === 'innerHTML') {
          if (isTextarea(node.left.object, resolver) && carries(node.right)) report(node, undefined);
        }
      });
    }

    return {
      Program(program) {
        const scope = sourceCode.scopeManager?.globalScope;
        if (!scope) return;
        const sources = matchingCalls(locateHttpCalls(sourceCode), passwordComplexityRequirementsPath, ['GET']);
        if (sources.length === 0) return;
        const flows = sources.map((call) => followValue(call.node, sourceCode));
        const carries = (node: TSESTree.Node) => flows.some((flow) => carriesValue(node, flow, sourceCode));

        const resolver = resolverFor(sourceCode);
        for (const call of decoderCalls(program, scope, resolver)) {
          const argument = call.arguments[0];
          if (argument && argument.type !== 'SpreadElement' && carries(argument)) report(call, { node: call, with: argument });
        }

        walk(program, sourceCode.visitorKeys, (node) => {
          if (!isEntityReplace(node)) return;
          // Report a chain of entity replaces once, at its outermost call; the fix keeps what the chain started from.
          const parent = node.parent;
          if (parent?.type === 'MemberExpression' && parent.object === node && parent.parent && isEntityReplace(parent.parent) && parent.parent.callee === parent) return;
          let inner: TSESTree.Node = node.callee.object;
          while (isEntityReplace(inner)) inner = inner.callee.object;
          if (carries(inner)) report(node, { node, with: inner });
        });

        checkDomTricks(flows, scope, resolver);
      },
    };
  },
});
