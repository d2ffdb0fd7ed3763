import json from '@eslint/json';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { features } from '../../src/data/features.js';
import { jsonShapes } from '../../src/data/payload-sources.js';
import { jsonFeatureUseGate, locateFeatureUses, locateJsonFeatureUses, type FeatureUseMatch } from '../../src/locate/feature-uses.js';
import type { JsonSourceCode } from '../../src/locate/json-document.js';
import { locateIn } from '../helpers/locate.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";

/** `feature-id text @line:column` for each match, in the order found. */
function summary(matches: readonly FeatureUseMatch[]): string[] {
  return matches.map((match) => {
    const start = (match.node as { loc: { start: { line: number; column: number } } }).loc.start;
    return `${match.feature.id} ${match.text} @${start.line}:${start.column}`;
  });
}

function inJson(text: string): readonly FeatureUseMatch[] {
  let found: readonly FeatureUseMatch[] = [];
  const plugin = { rules: { probe: { create: (context: { sourceCode: unknown }) => ({ Document() { found = locateJsonFeatureUses(context.sourceCode as JsonSourceCode); } }) } } };
  new Linter().verify(text, [{ files: ['**/*.json'], plugins: { json, test: plugin as never }, language: 'json/json', rules: { 'test/probe': 'error' } }], 'payload.json');
  return found;
}

describe('locateFeatureUses', () => {
  it('reports a call once per feature: at its payload when the payload shows the feature, else at the method or URL', () => {
    const code = [
      sdk +
        "await client.authenticatorApi.createCustomAAGUID({ authenticatorId, customAAGUIDCreateRequestObject: { aaguid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8' } });",
      "await client.authenticatorApi.updateCustomAAGUID({ authenticatorId, aaguid, customAAGUIDUpdateRequestObject: { name: 'Key' } });",
      "await fetch(`${org}/api/v1/authenticators/${id}/aaguids`, { method: 'POST', body: JSON.stringify({ aaguid: 'x' }) });",
      'await fetch(`${org}/api/v1/authenticators/${id}/aaguids/abc`);',
    ].join('\n');
    // Payload uses first (the field whose presence is the use is reported at its key), then the calls.
    expect(summary(locateIn(code, locateFeatureUses))).toEqual([
      'webauthn-custom-aaguid `aaguid` @3:103',
      'webauthn-custom-aaguid `aaguid` @5:99',
      'webauthn-custom-aaguid `GET /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` @6:12',
      'webauthn-custom-aaguid `authenticatorApi.updateCustomAAGUID()` @4:30',
    ]);
  });

  it('matches endpoint placeholders against run-time and literal parts, anchored, and methods only when known', () => {
    const code = [
      'await fetch(`${org}/api/v1/telephony-providers/${id}/setAsPrimary`, { method: "POST" });',
      'await fetch(`${org}/api/v1/telephony-providers/tp1/setAsPrimary`, { method: verb });',
      'await fetch(`${org}/api/v1/telephony-providers/tp1/setAsPrimary/extra`, { method: "POST" });',
      'await fetch(`${org}/api/v1/telephony-providers/tp1/setAsPrimary`, { method: "GET" });',
      'await fetch(`${org}/my/api/v1/telephony-providers`);',
    ].join('\n');
    expect(summary(locateIn(code, locateFeatureUses))).toEqual([
      'custom-telephony-provider `POST /api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary` @1:12',
    ]);
  });

  it('finds a value in a string or as an array item, and stays silent on run-time values', () => {
    const code = [
      "await fetch(`${org}/oauth2/v1/token`, { method: 'POST', body: new URLSearchParams({ scope: ['openid', 'interclient_access'].join(' ') }) });",
      "await axios.post(`${org}/oauth2/v1/token`, { scope: ['openid', 'interclient_access'], requested_token_type: tokenType });",
      "await fetch(`${org}/oauth2/v1/token`, { method: 'POST', body: new URLSearchParams({ scope: scopes.join(' ') }) });",
      "import axios from 'axios';",
    ].join('\n');
    // A string computed from literals is known (1); a run-time one is not (3).
    expect(summary(locateIn(code, locateFeatureUses))).toEqual([
      "native-to-web-sso 'interclient_access' in `scope` @1:91",
      "native-to-web-sso 'interclient_access' in `scope` @2:63",
    ]);
  });

  it('reads Pulumi arguments by resource class, not the API paths of the same payload kind', () => {
    const code = [
      "import * as okta from '@pulumi/okta';",
      "new okta.AppSignonPolicyRule('a', { policyId, type: 'ACCESS_POLICY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }] } }, platformIncludes: [{ osType: 'LINUX' }] });",
      "new okta.policy.RuleSignon('s', { policyId, platformIncludes: [{ osType: 'LINUX' }] });",
    ].join('\n');
    expect(summary(locateIn(code, locateFeatureUses))).toEqual([
      "policy-platform-linux `platformIncludes[].osType: 'LINUX'` of `okta.AppSignonPolicyRule` @2:166",
    ]);
  });
});

describe('locateJsonFeatureUses', () => {
  it('reads each payload of a document', () => {
    expect(
      summary(inJson('[{ "type": "CLIENT_UPDATE", "name": "c" }, { "platform": "IOS", "osVersion": { "minimum": "17" }, "displayRemediationMode": "SHOW" }, { "hello": "LINUX" }]')),
    ).toEqual(["client-update-policy `type: 'CLIENT_UPDATE'` @1:12", 'device-assurance-grace-period `displayRemediationMode` @1:99']);
  });
});

describe('jsonFeatureUseGate', () => {
  it('holds a literal of every use a JSON payload can show, as whole words', () => {
    const jsonKinds = new Set(jsonShapes.map((shape) => shape.kind));
    for (const feature of features) {
      for (const use of feature.uses) {
        if (!('payload' in use) || !jsonKinds.has(use.payload)) continue;
        const word = typeof use.equals === 'string' ? use.equals : (use.includes ?? use.path.split('.').at(-1)!.replace(/\[\]$/, ''));
        expect(jsonFeatureUseGate.test(`{ "x": "${word}" }`), word).toBe(true);
      }
    }
    expect(jsonFeatureUseGate.test('{ "id": "00u1", "name": "LINUXBOX", "os": "linux" }')).toBe(false);
  });
});
