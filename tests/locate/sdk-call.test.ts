import { describe, expect, it } from 'vitest';
import { locatePulumiResources } from '../../src/locate/pulumi-resource.js';
import { locateSdkCalls, resultCalls } from '../../src/locate/sdk-call.js';
import { resolverFor } from '../../src/resolve/index.js';
import { locateIn } from '../helpers/locate.js';

function sdkCalls(code: string) {
  return locateIn(code, locateSdkCalls).map((call) => `${call.sdk}:${call.path.join('.')}${call.first?.kind === 'object' ? '({…})' : ''}`);
}

describe('locateSdkCalls', () => {
  it('finds sdk-nodejs 7+ API calls and 6.x flat calls on clients from any import form', () => {
    const code = [
      "import okta from '@okta/okta-sdk-nodejs';",
      "import { Client } from '@okta/okta-sdk-nodejs';",
      "const client = new okta.Client({ orgUrl });",
      "await client.sessionApi.revokeSession({ sessionId });",
      "const legacy = new Client({ orgUrl });",
      "await legacy.getSession(sessionId);",
      "const { userApi } = client;",
      "await userApi.endUserSessions({ keepCurrent: true });",
    ].join('\n');
    expect(sdkCalls(code)).toEqual([
      'okta-sdk-nodejs:sessionApi.revokeSession({…})',
      'okta-sdk-nodejs:getSession',
      'okta-sdk-nodejs:userApi.endUserSessions({…})',
    ]);
  });

  it('follows require() and destructured require', () => {
    const code = "const okta = require('@okta/okta-sdk-nodejs');\nconst c = new okta.Client();\nc.policyApi.createPolicy({ policy });\nconst { Client } = require('@okta/okta-sdk-nodejs');\nnew Client().getSession(id);";
    expect(sdkCalls(code)).toEqual(['okta-sdk-nodejs:policyApi.createPolicy({…})', 'okta-sdk-nodejs:getSession']);
  });

  it('finds auth-js calls on OktaAuth, the widget authClient, okta-react and okta-vue', () => {
    const code = [
      "import { OktaAuth } from '@okta/okta-auth-js';",
      "import OktaSignIn from '@okta/okta-signin-widget';",
      "import { useOktaAuth } from '@okta/okta-react';",
      "const authClient = new OktaAuth({ issuer });",
      "authClient.forgotPassword({ username });",
      "authClient.idx.recoverPassword({ username });",
      "const widget = new OktaSignIn({ clientId });",
      "widget.authClient.session.get();",
      "function Profile() { const { oktaAuth } = useOktaAuth(); return oktaAuth.signInWithCredentials({ username, password, audience }); }",
    ].join('\n');
    expect(sdkCalls(code)).toEqual([
      'okta-auth-js:forgotPassword({…})',
      'okta-auth-js:idx.recoverPassword({…})',
      'okta-auth-js:session.get',
      'okta-auth-js:signInWithCredentials({…})',
    ]);
  });

  it('never goes by method name alone', () => {
    const code = "const client = makeClient();\nclient.sessionApi.revokeSession({ sessionId });\nauthClient.forgotPassword({ username });\nclass OktaAuth {}\nnew OktaAuth().forgotPassword({});";
    expect(sdkCalls(code)).toEqual([]);
  });

  it('follows results to sdk-nodejs 6 model methods', () => {
    const code = "import { Client } from '@okta/okta-sdk-nodejs';\nconst client = new Client();\nconst session = await client.getSession(id);\nawait session.refresh();\nclient.getSession(id).then((s) => s.delete());";
    const found = locateIn(code, (sourceCode) =>
      locateSdkCalls(sourceCode).flatMap((call) => [...resultCalls(call, resolverFor(sourceCode))].map((r) => `${call.path.join('.')} -> ${r.path.join('.')}`)),
    );
    expect(found).toEqual(['getSession -> refresh', 'getSession -> delete']);
  });
});

describe('locatePulumiResources', () => {
  it('finds resources with their class path and arguments', () => {
    const code = "import * as okta from '@pulumi/okta';\nimport { EventHook } from '@pulumi/okta';\nnew okta.factor.Factor('sms', { providerId: 'okta_sms', active: false });\nnew EventHook('hook', { events: ['user.credential.enroll'] });\nconst ArgsFree = new okta.app.Saml('crm', args);";
    const found = locateIn(code, locatePulumiResources).map((resource) => [resource.type, resource.args?.kind === 'object' ? resource.args.entries.length : undefined]);
    expect(found).toEqual([
      ['factor.Factor', 2],
      ['EventHook', 1],
      ['app.Saml', undefined],
    ]);
  });
});
