import rule from '../../src/rules/gsp-new-device-factor-prompt.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl, token });\n";
/** A global session policy rule sent with sdk-nodejs 7+. */
const signOnRule = (behaviors: string, signon: string, type = "'SIGN_ON'") =>
  sdk +
  `await client.policyApi.createPolicyRule({ policyId, policyRule: { type: ${type}, name: 'r', conditions: { risk: { behaviors: ${behaviors} } }, actions: { signon: ${signon} } } });`;
const apiNames = { promptModeName: 'factorPromptMode', requireFactorName: 'requireFactor' };
const pulumiNames = { promptModeName: 'mfaPrompt', requireFactorName: 'mfaRequired' };

ruleTester.run('gsp-new-device-factor-prompt', rule, {
  valid: [
    signOnRule("['New Device']", "{ access: 'ALLOW', requireFactor: true, factorPromptMode: 'ALWAYS' }"),
    signOnRule("['New Device']", "{ access: 'ALLOW', requireFactor: false, factorPromptMode: 'DEVICE' }"),
    // Other behaviors; a behavior id the file says nothing about; an ANOMALOUS_IP behavior.
    signOnRule("['New IP', 'Velocity']", "{ access: 'ALLOW', requireFactor: true, factorPromptMode: 'DEVICE' }"),
    signOnRule("['bhv1a2b3c4d5e6f7g8h9']", "{ access: 'ALLOW', requireFactor: true, factorPromptMode: 'DEVICE' }"),
    signOnRule('[behaviorId]', "{ access: 'ALLOW', requireFactor: true, factorPromptMode: 'SESSION' }"),
    sdk +
      "const ip = await client.behaviorApi.createBehaviorDetectionRule({ rule: { name: 'New IP', type: 'ANOMALOUS_IP' } });\n" +
      "await client.policyApi.createPolicyRule({ policyId, policyRule: { type: 'SIGN_ON', conditions: { risk: { behaviors: [ip.id] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'DEVICE' } } } });",
    // Values known only at run time.
    signOnRule("['New Device']", "{ access: 'ALLOW', requireFactor: true, factorPromptMode: promptMode }"),
    signOnRule("['New Device']", "{ access: 'ALLOW', requireFactor: mfa, factorPromptMode: 'DEVICE' }"),
    // Not a global session policy rule: app sign-in policy rules have no factorPromptMode to fix.
    signOnRule("['New Device']", "{ access: 'ALLOW', requireFactor: true, factorPromptMode: 'DEVICE' }", "'ACCESS_POLICY'"),
    // Pulumi with ALWAYS.
    "import * as okta from '@pulumi/okta';\nconst newDevice = okta.getBehaviourOutput({ name: 'New Device' });\nnew okta.policy.RuleSignon('r', { policyId, behaviors: [newDevice.id], mfaRequired: true, mfaPrompt: 'ALWAYS' });",
    // A rule object that is not sent anywhere.
    "const rule = { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'DEVICE' } } };\nconsole.log(rule);",
  ],
  invalid: [
    {
      // CDKTF, with the bindings \`cdktf get\` generates: read like \`okta.policy.RuleSignon\` of Pulumi.
      code: "import { PolicyRuleSignon } from './.gen/providers/okta/policy-rule-signon';\nnew PolicyRuleSignon(this, 'new-device', { policyId, name: 'MFA on new devices', behaviors: ['New Device'], mfaRequired: true, mfaPrompt: 'DEVICE' });",
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'New Device'", mode: 'DEVICE', ...pulumiNames },
          line: 2,
          column: 139,
          endLine: 2,
          endColumn: 147,
          suggestions: [
            {
              messageId: 'useAlways',
              output: "import { PolicyRuleSignon } from './.gen/providers/okta/policy-rule-signon';\nnew PolicyRuleSignon(this, 'new-device', { policyId, name: 'MFA on new devices', behaviors: ['New Device'], mfaRequired: true, mfaPrompt: 'ALWAYS' });",
            },
          ],
        },
      ],
    },
    {
      // sdk-nodejs 7+, the behavior by its name.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.policyApi.createPolicyRule({ policyId: gspId, policyRule: {
          type: 'SIGN_ON',
          name: 'MFA on new devices',
          conditions: { risk: { behaviors: ['New Device'] } },
          actions: { signon: { access: 'ALLOW', requireFactor: true, factorPromptMode: 'DEVICE' } },
        } });
      `,
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'New Device'", mode: 'DEVICE', ...apiNames },
          line: 7,
          column: 80,
          endLine: 7,
          endColumn: 88,
          suggestions: [
            {
              messageId: 'useAlways',
              data: { always: 'ALWAYS' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.policyApi.createPolicyRule({ policyId: gspId, policyRule: {
                  type: 'SIGN_ON',
                  name: 'MFA on new devices',
                  conditions: { risk: { behaviors: ['New Device'] } },
                  actions: { signon: { access: 'ALLOW', requireFactor: true, factorPromptMode: 'ALWAYS' } },
                } });
              `,
            },
          ],
        },
      ],
    },
    {
      // The id of an ANOMALOUS_DEVICE behavior created in the same file; a rule with no written type.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        const unfamiliar = await client.behaviorApi.createBehaviorDetectionRule({ rule: { name: 'Unfamiliar device', type: 'ANOMALOUS_DEVICE' } });
        await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { conditions: { risk: { behaviors: [unfamiliar.id] } }, actions: { signon: { requireFactor: true, factorPromptMode: "SESSION" } } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: '`unfamiliar.id`', mode: 'SESSION', ...apiNames },
          line: 4,
          column: 190,
          endLine: 4,
          endColumn: 199,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                const unfamiliar = await client.behaviorApi.createBehaviorDetectionRule({ rule: { name: 'Unfamiliar device', type: 'ANOMALOUS_DEVICE' } });
                await client.policyApi.replacePolicyRule({ policyId, ruleId, policyRule: { conditions: { risk: { behaviors: [unfamiliar.id] } }, actions: { signon: { requireFactor: true, factorPromptMode: "ALWAYS" } } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // fetch + JSON.stringify, the id of a behavior kept in a same-file list; sdk-nodejs 6 addPolicyRule.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const client = new okta.Client({ orgUrl, token });
        const behaviors = [{ id: 'bhv1unfamiliar', name: 'Unfamiliar device', type: 'ANOMALOUS_DEVICE' }];
        await fetch(\`\${org}/api/v1/policies/\${gspId}/rules\`, { method: 'POST', body: JSON.stringify({ type: 'SIGN_ON', conditions: { risk: { behaviors: ['bhv1unfamiliar'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'DEVICE' } } }) });
        client.addPolicyRule(gspId, { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'SESSION' } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'bhv1unfamiliar', an ANOMALOUS_DEVICE behavior", mode: 'DEVICE', ...apiNames },
          line: 4,
          column: 229,
          endLine: 4,
          endColumn: 237,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const client = new okta.Client({ orgUrl, token });
                const behaviors = [{ id: 'bhv1unfamiliar', name: 'Unfamiliar device', type: 'ANOMALOUS_DEVICE' }];
                await fetch(\`\${org}/api/v1/policies/\${gspId}/rules\`, { method: 'POST', body: JSON.stringify({ type: 'SIGN_ON', conditions: { risk: { behaviors: ['bhv1unfamiliar'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'ALWAYS' } } }) });
                client.addPolicyRule(gspId, { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'SESSION' } } });
              `,
            },
          ],
        },
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'New Device'", mode: 'SESSION', ...apiNames },
          line: 5,
          column: 161,
          endLine: 5,
          endColumn: 170,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const client = new okta.Client({ orgUrl, token });
                const behaviors = [{ id: 'bhv1unfamiliar', name: 'Unfamiliar device', type: 'ANOMALOUS_DEVICE' }];
                await fetch(\`\${org}/api/v1/policies/\${gspId}/rules\`, { method: 'POST', body: JSON.stringify({ type: 'SIGN_ON', conditions: { risk: { behaviors: ['bhv1unfamiliar'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'DEVICE' } } }) });
                client.addPolicyRule(gspId, { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'ALWAYS' } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // axios with an object literal body.
      code: code`
        import axios from 'axios';
        await axios.post(\`\${org}/api/v1/policies/\${gspId}/rules\`, { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'DEVICE' } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'New Device'", mode: 'DEVICE', ...apiNames },
          line: 2,
          column: 191,
          endLine: 2,
          endColumn: 199,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                import axios from 'axios';
                await axios.post(\`\${org}/api/v1/policies/\${gspId}/rules\`, { type: 'SIGN_ON', conditions: { risk: { behaviors: ['New Device'] } }, actions: { signon: { requireFactor: true, factorPromptMode: 'ALWAYS' } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // Pulumi: a behavior looked up by name (Output and Promise forms) and one created with okta.Behaviour.
      code: code`
        import * as okta from '@pulumi/okta';
        const newDevice = okta.getBehaviourOutput({ name: 'New Device' });
        const lookup = okta.getBehaviour({ name: 'New Device' });
        const custom = new okta.Behaviour('odd', { name: 'Odd device', type: 'ANOMALOUS_DEVICE' });
        new okta.policy.RuleSignon('a', { policyId, behaviors: [newDevice.id], mfaRequired: true, mfaPrompt: 'DEVICE' });
        new okta.policy.RuleSignon('b', { policyId, behaviors: [lookup.then((b) => b.id)], mfaRequired: true, mfaPrompt: 'SESSION' });
        new okta.policy.RuleSignon('c', { policyId, behaviors: [custom.id], mfaRequired: true, mfaPrompt: 'SESSION' });
      `,
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: '`newDevice.id`', mode: 'DEVICE', ...pulumiNames },
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                import * as okta from '@pulumi/okta';
                const newDevice = okta.getBehaviourOutput({ name: 'New Device' });
                const lookup = okta.getBehaviour({ name: 'New Device' });
                const custom = new okta.Behaviour('odd', { name: 'Odd device', type: 'ANOMALOUS_DEVICE' });
                new okta.policy.RuleSignon('a', { policyId, behaviors: [newDevice.id], mfaRequired: true, mfaPrompt: 'ALWAYS' });
                new okta.policy.RuleSignon('b', { policyId, behaviors: [lookup.then((b) => b.id)], mfaRequired: true, mfaPrompt: 'SESSION' });
                new okta.policy.RuleSignon('c', { policyId, behaviors: [custom.id], mfaRequired: true, mfaPrompt: 'SESSION' });
              `,
            },
          ],
        },
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: '`lookup.then((b) => b.id)`', mode: 'SESSION', ...pulumiNames },
          line: 6,
          column: 114,
          endLine: 6,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                import * as okta from '@pulumi/okta';
                const newDevice = okta.getBehaviourOutput({ name: 'New Device' });
                const lookup = okta.getBehaviour({ name: 'New Device' });
                const custom = new okta.Behaviour('odd', { name: 'Odd device', type: 'ANOMALOUS_DEVICE' });
                new okta.policy.RuleSignon('a', { policyId, behaviors: [newDevice.id], mfaRequired: true, mfaPrompt: 'DEVICE' });
                new okta.policy.RuleSignon('b', { policyId, behaviors: [lookup.then((b) => b.id)], mfaRequired: true, mfaPrompt: 'ALWAYS' });
                new okta.policy.RuleSignon('c', { policyId, behaviors: [custom.id], mfaRequired: true, mfaPrompt: 'SESSION' });
              `,
            },
          ],
        },
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: '`custom.id`', mode: 'SESSION', ...pulumiNames },
          line: 7,
          column: 99,
          endLine: 7,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'useAlways',
              output: code`
                import * as okta from '@pulumi/okta';
                const newDevice = okta.getBehaviourOutput({ name: 'New Device' });
                const lookup = okta.getBehaviour({ name: 'New Device' });
                const custom = new okta.Behaviour('odd', { name: 'Odd device', type: 'ANOMALOUS_DEVICE' });
                new okta.policy.RuleSignon('a', { policyId, behaviors: [newDevice.id], mfaRequired: true, mfaPrompt: 'DEVICE' });
                new okta.policy.RuleSignon('b', { policyId, behaviors: [lookup.then((b) => b.id)], mfaRequired: true, mfaPrompt: 'SESSION' });
                new okta.policy.RuleSignon('c', { policyId, behaviors: [custom.id], mfaRequired: true, mfaPrompt: 'ALWAYS' });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('gsp-new-device-factor-prompt (JSON)', rule as never, {
  valid: [
    {
      code: '{ "type": "SIGN_ON", "name": "r", "conditions": { "risk": { "behaviors": ["New Device"] } }, "actions": { "signon": { "requireFactor": true, "factorPromptMode": "ALWAYS" } } }',
      filename: 'policies/gsp-rule.json',
    },
    // An id whose behavior is not in the file.
    {
      code: '{ "type": "SIGN_ON", "name": "r", "conditions": { "risk": { "behaviors": ["bhv1unfamiliar"] } }, "actions": { "signon": { "requireFactor": true, "factorPromptMode": "DEVICE" } } }',
      filename: 'policies/gsp-rule.json',
    },
  ],
  invalid: [
    {
      code: '{\n  "type": "SIGN_ON",\n  "name": "MFA on new devices",\n  "conditions": { "risk": { "behaviors": ["New Device"] } },\n  "actions": { "signon": { "access": "ALLOW", "requireFactor": true, "factorPromptMode": "DEVICE" } }\n}',
      filename: 'policies/gsp-rule.json',
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'New Device'", mode: 'DEVICE', ...apiNames },
          line: 5,
          column: 90,
          endLine: 5,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useAlways',
              output:
                '{\n  "type": "SIGN_ON",\n  "name": "MFA on new devices",\n  "conditions": { "risk": { "behaviors": ["New Device"] } },\n  "actions": { "signon": { "access": "ALLOW", "requireFactor": true, "factorPromptMode": "ALWAYS" } }\n}',
            },
          ],
        },
      ],
    },
    {
      // A policy-as-code file with the org's behaviors next to the rule that uses one by id.
      code: '[\n  { "id": "bhv1unfamiliar", "name": "Unfamiliar device", "type": "ANOMALOUS_DEVICE" },\n  { "type": "SIGN_ON", "name": "r", "conditions": { "risk": { "behaviors": ["bhv1unfamiliar"] } }, "actions": { "signon": { "requireFactor": true, "factorPromptMode": "SESSION" } } }\n]',
      filename: 'policies/gsp.json',
      output: null,
      errors: [
        {
          messageId: 'promptModeWithNewDevice',
          data: { behavior: "'bhv1unfamiliar', an ANOMALOUS_DEVICE behavior", mode: 'SESSION', ...apiNames },
          line: 3,
          column: 168,
          endLine: 3,
          endColumn: 177,
          suggestions: [
            {
              messageId: 'useAlways',
              output:
                '[\n  { "id": "bhv1unfamiliar", "name": "Unfamiliar device", "type": "ANOMALOUS_DEVICE" },\n  { "type": "SIGN_ON", "name": "r", "conditions": { "risk": { "behaviors": ["bhv1unfamiliar"] } }, "actions": { "signon": { "requireFactor": true, "factorPromptMode": "ALWAYS" } } }\n]',
            },
          ],
        },
      ],
    },
  ],
});
