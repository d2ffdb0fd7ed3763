import { chromeDeviceTrust, signalProviders } from '../data/device-assurance.js';
import { oktaGuide } from '../data/doc-urls.js';
import { entryOf, stringValue, valueAt } from '../locate/payload-tree.js';
import { createRule } from '../kit/create-rule.js';
import { codeList, payloadListener, payloadRuleGate } from '../kit/payload-report.js';
import { entryRemovalIsSafe } from '../kit/payload-removal.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';
import { applyEdits } from '../kit/widget-report.js';

type MessageIds = keyof typeof settingsMessages | 'dtcOnPlatform' | 'removeDtc';

const gate = new RegExp(`\\b${chromeDeviceTrust}\\b`);

/** The platforms that take Chrome Device Trust signals, for the message. */
const dtcPlatforms = Object.keys(signalProviders).filter((platform) => signalProviders[platform]!.includes(chromeDeviceTrust));

export default createRule<[], MessageIds>({
  name: 'no-dtc-on-mobile-device-assurance',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Chrome Device Trust (`thirdPartySignalProviders.dtc`) in ANDROID and IOS device assurance policies',
      recommended: 'error',
      languages: ['js', 'json'],
      source: { doc: 'api-release-notes-2026', heading: 'Bugs fixed in 2026.01.2' },
      oktaGuide: oktaGuide.deviceAssurance,
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      ...settingsMessages,
      dtcOnPlatform:
        '`thirdPartySignalProviders.dtc` (Chrome Device Trust) is a {{dtcPlatforms}} check: Okta rejects it in {{platform}} device assurance policies since 2026.01.2, which take {{providers}}. Remove it.',
      removeDtc: 'Remove `thirdPartySignalProviders.dtc`.',
    },
  },
  create(context) {
    const setup = setupRule(context, { gate: payloadRuleGate(gate), identityEngineOnly: true, languages: ['js', 'json'] });
    if (!setup) return {};
    return payloadListener(context, setup, ['device-assurance'], (payload) => {
      // Only a platform known from the file: a variable platform may be WINDOWS or MACOS, where `dtc` is right.
      const platform = stringValue(valueAt(payload.body, 'platform'));
      const providers = platform === undefined ? undefined : signalProviders[platform];
      if (!providers || providers.includes(chromeDeviceTrust)) return;
      const providersEntry = entryOf(payload.body, 'thirdPartySignalProviders');
      const dtc = entryOf(providersEntry?.value, chromeDeviceTrust);
      if (!providersEntry || !dtc) return;
      const object = providersEntry.value;
      // Nothing but `dtc` left: the whole `thirdPartySignalProviders` goes, so no empty object is sent. Only objects
      // written in place are edited: a shared constant may be changed elsewhere at run time.
      const onlyDtc = object.type === 'object' && !object.open && object.entries.every((entry) => entry.key === chromeDeviceTrust);
      // The server ignored `dtc` on these platforms before 2026.01.2 and rejects it since: removing it keeps what
      // worked, as long as nothing else in the program sees the object or the value does something (a call): then
      // the removal is only suggested.
      // A policy written at a helper's call site may be read by other code too: there it is a suggestion.
      const removal = dtc.removal && onlyDtc && providersEntry.removal ? providersEntry.removal : dtc.removal;
      const dtcSafe = dtc.removal !== undefined && !payload.viaWrapper && entryRemovalIsSafe(context, payload, dtc);
      const fix = !dtcSafe ? undefined : removal === providersEntry.removal && entryRemovalIsSafe(context, payload, providersEntry) ? removal : dtc.removal;
      const data = { platform, dtcPlatforms: dtcPlatforms.join(', '), providers: codeList(providers) };
      context.report({
        node: dtc.keyNode as never,
        messageId: 'dtcOnPlatform',
        data,
        fix: fix ? applyEdits(fix) : null,
        suggest: !fix && removal ? [{ messageId: 'removeDtc', fix: applyEdits(removal) }] : [],
      });
    });
  },
});
