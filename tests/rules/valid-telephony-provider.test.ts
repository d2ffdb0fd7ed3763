import rule from '../../src/rules/valid-telephony-provider.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

ruleTester.run('valid-telephony-provider', rule, {
  valid: [
    // The two examples of the API reference.
    code`
      import okta from '@okta/okta-sdk-nodejs';
      const client = new okta.Client();
      await client.customTelephonyProviderApi.createCustomTelephonyProviderCredentials({
        customTelephonyProviderCredentialCreateRequest: {
          providerName: 'TWILIO', providerCapability: 'ALL', providerSid, providerAuthToken,
          providerSettings: { sms: { twilioPhoneNumber: '+15550100' }, call: { twilioVerifySid: verifySid } },
        },
      });
    `,
    code`
      await fetch(\`\${orgUrl}/api/v1/telephony-providers\`, { method: 'POST', body: JSON.stringify({
        providerName: 'TELESIGN', providerCapability: 'ALL', providerSid, providerAuthToken,
        providerSettings: { sms: { telesignService: 'telesignMessagingService' }, call: { telesignService: 'telesignVerifyService' } },
      }) });
    `,
    // An update has no providerName: only the channel rules apply.
    "await fetch(`${orgUrl}/api/v1/telephony-providers/${id}`, { method: 'PUT', body: JSON.stringify({ providerSettings: { call: { twilioCallerId: '+15550100' } } }) });",
    // Values known only at run time.
    "await fetch(`${orgUrl}/api/v1/telephony-providers`, { method: 'POST', body: JSON.stringify({ providerName: name, providerCapability: capability, providerSettings: settings }) });",
    // A telephony inline hook is still valid, and is not a provider payload.
    "await fetch(`${orgUrl}/api/v1/inlineHooks`, { method: 'POST', body: JSON.stringify({ type: 'com.okta.telephony.provider', version: '1.0.0', channel }) });",
  ],
  invalid: [
    {
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client();
        await client.customTelephonyProviderApi.createCustomTelephonyProviderCredentials({
          customTelephonyProviderCredentialCreateRequest: {
            providerName: 'TELESIGN', providerCapability: 'SMS', providerSid, providerAuthToken,
            providerSettings: { sms: { twilioPhoneNumber: '+15550100' }, call: { telesignService: 'telesignMessagingService' } },
          },
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'capability',
          data: { capability: 'ALL' },
          line: 5,
          column: 51,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'ALL' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.customTelephonyProviderApi.createCustomTelephonyProviderCredentials({
                  customTelephonyProviderCredentialCreateRequest: {
                    providerName: 'TELESIGN', providerCapability: 'ALL', providerSid, providerAuthToken,
                    providerSettings: { sms: { twilioPhoneNumber: '+15550100' }, call: { telesignService: 'telesignMessagingService' } },
                  },
                });
              `,
            },
          ],
        },
        {
          messageId: 'providerMismatch',
          data: { key: 'twilioPhoneNumber', keyProvider: 'TWILIO', provider: 'TELESIGN' },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 49,
        },
        {
          messageId: 'wrongChannelService',
          data: {
            value: 'telesignMessagingService',
            channel: 'call',
            channelName: 'voice calls',
            otherChannelName: 'SMS messages',
            allowed: "'telesignVoiceService' or 'telesignVerifyService'",
          },
          line: 6,
          column: 91,
          endLine: 6,
          endColumn: 117,
        },
      ],
    },
    {
      // fetch with JSON.stringify: a provider name in the wrong case, Twilio keys in the wrong channel, two SMS methods.
      code: code`
        await fetch(\`\${orgUrl}/api/v1/telephony-providers\`, { method: 'POST', body: JSON.stringify({
          providerName: 'twilio', providerCapability: 'ALL',
          providerSettings: { sms: { twilioCallerId: '+1555', twilioPhoneNumber: '+1555' }, call: { twilioMessageSid: 'MG1' } },
        }) });
      `,
      output: null,
      errors: [
        {
          messageId: 'unknownProvider',
          data: { value: 'twilio', allowed: "'TWILIO' or 'TELESIGN'" },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'TWILIO' },
              output: code`
                await fetch(\`\${orgUrl}/api/v1/telephony-providers\`, { method: 'POST', body: JSON.stringify({
                  providerName: 'TWILIO', providerCapability: 'ALL',
                  providerSettings: { sms: { twilioCallerId: '+1555', twilioPhoneNumber: '+1555' }, call: { twilioMessageSid: 'MG1' } },
                }) });
              `,
            },
          ],
        },
        {
          messageId: 'wrongChannel',
          data: { key: 'twilioCallerId', channel: 'sms', channelName: 'SMS messages', allowed: '`twilioVerifySid`, `twilioPhoneNumber`, `twilioMessageSid` or `telesignService`' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 44,
        },
        { messageId: 'oneMethod', data: { channel: 'sms', first: 'twilioCallerId' }, line: 3, column: 55, endLine: 3, endColumn: 72 },
        {
          messageId: 'wrongChannel',
          data: { key: 'twilioMessageSid', channel: 'call', channelName: 'voice calls', allowed: '`twilioVerifySid`, `twilioPhoneNumber`, `twilioCallerId` or `telesignService`' },
          line: 3,
          column: 93,
          endLine: 3,
          endColumn: 109,
        },
      ],
    },
    {
      // axios with an object literal body.
      code: "import axios from 'axios';\nawait axios.post(`${orgUrl}/api/v1/telephony-providers`, { providerName: 'TWILIO', providerCapability: 'ALL', providerSettings: { sms: { telesignService: 'telesignVerifyService' } } });",
      output: null,
      errors: [
        { messageId: 'providerMismatch', data: { key: 'telesignService', keyProvider: 'TELESIGN', provider: 'TWILIO' }, line: 2, column: 138, endLine: 2, endColumn: 153 },
      ],
    },
    {
      // An update through the SDK: a Telesign voice service under sms.
      code: code`
        import { Client } from '@okta/okta-sdk-nodejs';
        const client = new Client();
        await client.customTelephonyProviderApi.updateCustomTelephonyProviderCredential({ customTelephonyProviderId: id,
          customTelephonyProviderCredentialUpdateRequest: { providerSettings: { sms: { telesignService: 'telesignVoiceService' } } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'wrongChannelService',
          data: { value: 'telesignVoiceService', channel: 'sms', channelName: 'SMS messages', otherChannelName: 'voice calls', allowed: "'telesignMessagingService' or 'telesignVerifyService'" },
          line: 4,
          column: 97,
          endLine: 4,
          endColumn: 119,
        },
      ],
    },
  ],
});

jsonRuleTester.run('valid-telephony-provider (JSON)', rule as never, {
  valid: [
    {
      code: '{ "providerName": "TWILIO", "providerCapability": "ALL", "providerSettings": { "sms": { "twilioMessageSid": "MG1" }, "call": { "twilioCallerId": "+15550100" } } }',
      filename: 'telephony.json',
    },
  ],
  invalid: [
    {
      code: '{ "providerName": "TWILIO", "providerCapability": "VOICE", "providerSettings": { "call": { "telesignService": "telesignVoiceService" } } }',
      filename: 'telephony.json',
      output: null,
      errors: [
        {
          messageId: 'capability',
          data: { capability: 'ALL' },
          line: 1,
          column: 51,
          endLine: 1,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useValue',
              data: { value: 'ALL' },
              output: '{ "providerName": "TWILIO", "providerCapability": "ALL", "providerSettings": { "call": { "telesignService": "telesignVoiceService" } } }',
            },
          ],
        },
        { messageId: 'providerMismatch', data: { key: 'telesignService', keyProvider: 'TELESIGN', provider: 'TWILIO' }, line: 1, column: 92, endLine: 1, endColumn: 109 },
      ],
    },
  ],
});
