import {
  appInstanceConnectionType,
  crossAppAccessConnectionsPath,
  crossAppAccessConnectionsSdkApi,
  resourceConnectionsEndpoint,
} from '../data/cross-app-access-connections.js';
import { oktaGuide } from '../data/doc-urls.js';
import { locateHttpCalls, matchingCalls } from '../locate/http-call.js';
import { locateSdkCalls } from '../locate/sdk-call.js';
import { placeholder } from '../locate/url.js';
import { createRule } from '../kit/create-rule.js';
import { settingsMessages, setupRule } from '../kit/rule-setup.js';

const name = 'no-cross-app-access-connections-api';

type MessageIds = keyof typeof settingsMessages | 'removedApi';

/** Text a file needs to call the API: its path, or the SDK member and its models. */
const gate = /cwo\/connections|CrossAppAccessConnection/;

export default createRule<[], MessageIds>({
  name,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the Application Cross App Access Connections API, which Okta is removing',
      recommended: 'error',
      languages: ['js'],
      source: { doc: 'api-release-notes-2026', heading: 'Removal of Application Cross App Access Connections API' },
      oktaGuide: oktaGuide.createResourceConnection,
    },
    schema: [],
    messages: {
      ...settingsMessages,
      removedApi:
        "Okta is removing the Application Cross App Access Connections API (`{{operation}}`, announced in 2026.07.3), and the managed connections it configures stop working. Configure the connection on the AI agent instead: `{{replacement}}` with `connectionType: '{{connectionType}}'` (Okta for AI Agents API).",
    },
  },
  create(context) {
    const setup = setupRule(context, { gate, identityEngineOnly: true, languages: ['js'] });
    if (!setup) return {};
    const data = { replacement: resourceConnectionsEndpoint, connectionType: appInstanceConnectionType };
    return {
      Program() {
        const sourceCode = context.sourceCode;
        for (const call of matchingCalls(locateHttpCalls(sourceCode), crossAppAccessConnectionsPath)) {
          const operation = `${call.method ?? '?'} ${call.url.path.split(placeholder).join('{…}')}`;
          context.report({ node: call.urlNode, messageId: 'removedApi', data: { ...data, operation } });
        }
        for (const call of locateSdkCalls(sourceCode)) {
          if (call.sdk !== 'okta-sdk-nodejs' || call.path.length !== 2 || call.path[0] !== crossAppAccessConnectionsSdkApi) continue;
          context.report({ node: call.calleeNode, messageId: 'removedApi', data: { ...data, operation: `${call.path.join('.')}()` } });
        }
      },
    };
  },
});
