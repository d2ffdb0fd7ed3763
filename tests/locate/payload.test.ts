import json from '@eslint/json';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { JsonSourceCode } from '../../src/locate/json-document.js';
import { locateJsonPayloads, locatePayloads, type Payload } from '../../src/locate/payload.js';
import { stringValue, valuesAt } from '../../src/locate/payload-tree.js';
import { locateIn } from '../helpers/locate.js';

const summary = (payload: Payload) => `${payload.origin}:${payload.kind}:${payload.policyType ?? '-'}`;

function jsonPayloads(text: string): readonly Payload[] {
  let found: readonly Payload[] = [];
  const plugin = { rules: { probe: { create: (context: { sourceCode: unknown }) => ({ Document() { found = locateJsonPayloads(context.sourceCode as JsonSourceCode); } }) } } };
  new Linter().verify(text, [{ files: ['**/*.json'], plugins: { json, test: plugin as never }, language: 'json/json', rules: { 'test/probe': 'error' } }], 'payload.json');
  return found;
}

describe('locatePayloads', () => {
  it('types bodies by SDK method, endpoint and Pulumi class', () => {
    const code = [
      "import okta from '@okta/okta-sdk-nodejs';",
      "import * as pulumi from '@pulumi/okta';",
      'const client = new okta.Client();',
      "const rule = { type: 'IDP_DISCOVERY', conditions: { platform: { include: [{ os: { type: 'LINUX' } }, { os: { type: platformVar } }] } } };",
      'await client.policyApi.createPolicyRule({ policyId, policyRule: rule });',
      "await fetch(`${org}/api/v1/device-assurances`, { method: 'POST', body: JSON.stringify({ platform: 'ANDROID', thirdPartySignalProviders: { dtc: {} } }) });",
      "new pulumi.policy.RuleIdpDiscovery('r', { platformIncludes: [{ osType: 'LINUX' }] });",
      "await fetch(`${org}/api/v1/device-assurances/${id}`);",
    ].join('\n');
    const payloads = locateIn(code, locatePayloads);
    expect(payloads.map(summary)).toEqual(['sdk:policy-rule:IDP_DISCOVERY', 'http:device-assurance:-', 'pulumi:policy-rule:-']);
    const types = valuesAt(payloads[0]!.body, 'conditions.platform.include[].os.type').map((match) => match.value.type === 'string' ? match.value.value : match.value.type);
    expect(types).toEqual(['LINUX', 'unknown']);
    expect(valuesAt(payloads[1]!.body, 'thirdPartySignalProviders.dtc')[0]?.removal).toBeDefined();
  });

  it('does not type a body it cannot place', () => {
    expect(locateIn("const policy = { type: 'CLIENT_POLICY' };\nsave(policy);\nfetch('/api/v2/policies', { method: 'POST', body: JSON.stringify(policy) });", locatePayloads)).toEqual([]);
  });
});

describe('locateJsonPayloads', () => {
  it('types JSON documents by their keys, one per item of a top-level array', () => {
    const payloads = jsonPayloads('[{ "name": "h", "events": { "type": "EVENT_TYPE", "items": ["user.credential.enroll"] }, "channel": {} }, { "type": "CLIENT_POLICY", "name": "x" }, { "platform": "IOS", "osVersion": {} }, { "hello": 1 }]');
    expect(payloads.map(summary)).toEqual(['json:event-hook:-', 'json:policy:CLIENT_POLICY', 'json:device-assurance:-']);
    expect(valuesAt(payloads[0]!.body, 'events.items[]').map((match) => stringValue(match.value))).toEqual(['user.credential.enroll']);
  });
});
