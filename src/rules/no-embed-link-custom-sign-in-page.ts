import { loginRedirectUrlPath, pulumiLoginRedirectUrlKey } from '../data/apps-api.js';
import { oktaGuide } from '../data/doc-urls.js';
import type { JsonSourceCode } from '../locate/json-document.js';
import { locateJsonPayloads, locatePayloads, type Payload } from '../locate/payload.js';
import { valuesAt, type PathMatch } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { fileListener } from '../kit/file-listener.js';
import { applyEdits } from '../kit/widget-report.js';

const name = 'no-embed-link-custom-sign-in-page';

type MessageIds = keyof typeof settingsMessages | 'customLoginPage' | 'removeLoginRedirectUrl';

const gate = /[lL]oginRedirectUrl/;
const languages = ['js', 'json'] as const;

/** A value that sets a page: not `null`, not an empty string (both clear the setting). */
function setsPage(match: PathMatch): boolean {
  const value = match.value;
  return !(value.type === 'null' || (value.type === 'string' && value.value === ''));
}

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a custom sign-in page for app embed links (`accessibility.loginRedirectUrl`), which Okta Identity Engine does not use',
      recommended: 'warn',
      languages,
      source: { doc: 'ie-limitations', heading: 'Custom sign-in page for embedded app links' },
      oktaGuide: oktaGuide.ieLimitations,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      ...settingsMessages,
      customLoginPage:
        "Okta Identity Engine does not support a custom sign-in page for app embed links (`{{key}}`, deprecated and kept only for orgs that already use it): users who click an app embed link are evaluated by the org's sign-in policy. Customize the Okta-hosted sign-in page, or route the app with an Identity Provider routing rule.",
      removeLoginRedirectUrl: 'Remove `{{key}}`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages });
    if (!setup) return {};

    function check(payload: Payload): void {
      if (payload.kind !== 'application') return;
      const key = payload.origin === 'pulumi' ? pulumiLoginRedirectUrlKey : loginRedirectUrlPath;
      for (const match of valuesAt(payload.body, key)) {
        if (!match.entry || !setsPage(match)) continue;
        context.report({
          node: match.entry.keyNode as never,
          messageId: 'customLoginPage',
          data: { key },
          suggest: match.removal ? [{ messageId: 'removeLoginRedirectUrl', data: { key }, fix: applyEdits(match.removal) }] : [],
        });
      }
    }

    return fileListener(setup.language, () => {
      const payloads = setup.language === 'json' ? locateJsonPayloads(context.sourceCode as unknown as JsonSourceCode) : locatePayloads(context.sourceCode);
      for (const payload of payloads) check(payload);
    });
  },
});
