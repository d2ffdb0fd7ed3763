import rule from '../../src/rules/no-unavailable-event-types.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const classic = { 'okta-oie': { engine: 'classic' } };
const deviceTrust = 'Identity Engine does not support Classic Engine Device Trust';
const identityOnly = 'the event type exists only in Identity Engine';
const typo = 'security.authenticator.lifecycle.activated';
const fixedTypo = 'security.authenticator.lifecycle.activate';
const ie = (type: string, reason = deviceTrust) => ({ engine: 'Identity Engine', type, reason });
const ce = (type: string) => ({ engine: 'Classic Engine', type, reason: identityOnly });

ruleTester.run('no-unavailable-event-types', rule, {
  valid: [
    // Event types both engines send.
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.eventHookApi.createEventHook({ eventHook: { name: 'h', events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create'] }, channel } });",
    // Identity Engine-only types are fine on Identity Engine (the default engine).
    "import * as okta from '@pulumi/okta';\nnew okta.EventHook('devices', { events: ['device.enrollment.create', 'security.authenticator.lifecycle.activate'], channel });",
    "if (event.eventType === 'user.mfa.factor.suspend') notify(event);\nconst okta = true;",
    // Classic-only types are fine on Classic Engine.
    { code: "if (event.eventType === 'user.credential.enroll') notify(event);\nconst okta = true;", settings: classic },
    // Whole strings only: a longer name, a string that is not tested against an event's type, a comment.
    "if (event.eventType === 'user.authentication.authenticate_with_token') audit(event); // user.credential.enroll\nconst okta = true;",
    "const okta = { label: 'user.credential.enroll' };\nconsole.log('user.authentication.authenticate');",
    // Catalog-only types need the catalog option on Classic Engine.
    { code: "if (event.eventType === 'device.platform.add') sync(event);\nconst okta = true;", settings: classic },
    // Log filters can be left alone for analytics over old logs.
    {
      code: "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.systemLogApi.listLogEvents({ filter: 'eventType eq \"user.credential.enroll\"', since });",
      options: [{ ignoreSystemLogFilters: true }],
    },
  ],
  invalid: [
    {
      // CDKTF (@cdktf/provider-okta): read like the Pulumi resource.
      code: code`
        import * as okta from '@cdktf/provider-okta';
        new okta.eventHook.EventHook(this, 'devices', {
          name: 'devices',
          events: ['user.lifecycle.create', 'device.enrollment.create'],
          channel: { type: 'HTTP', version: '1.0.0', uri: 'https://hooks.example.com/okta' },
        });
      `,
      settings: classic,
      output: null,
      errors: [
        {
          messageId: 'unavailableInHook',
          data: ce('device.enrollment.create'),
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                import * as okta from '@cdktf/provider-okta';
                new okta.eventHook.EventHook(this, 'devices', {
                  name: 'devices',
                  events: ['user.lifecycle.create'],
                  channel: { type: 'HTTP', version: '1.0.0', uri: 'https://hooks.example.com/okta' },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs 7+ on Identity Engine: remove the item; the typo gets a rename in both engines.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client();
        await client.eventHookApi.createEventHook({
          eventHook: {
            name: 'device-trust',
            events: { type: 'EVENT_TYPE', items: ['user.credential.enroll', 'user.lifecycle.create', '${typo}'] },
            channel: { type: 'HTTP', version: '1.0.0', config: { uri: hookUrl } },
          },
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'unavailableInHook',
          data: ie('user.credential.enroll'),
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'removeType',
              data: { type: 'user.credential.enroll' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.eventHookApi.createEventHook({
                  eventHook: {
                    name: 'device-trust',
                    events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create', '${typo}'] },
                    channel: { type: 'HTTP', version: '1.0.0', config: { uri: hookUrl } },
                  },
                });
              `,
            },
          ],
        },
        {
          messageId: 'misspelledType',
          data: { type: typo, to: fixedTypo },
          line: 6,
          column: 94,
          endLine: 6,
          endColumn: 138,
          suggestions: [
            {
              messageId: 'renameType',
              data: { to: fixedTypo },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.eventHookApi.createEventHook({
                  eventHook: {
                    name: 'device-trust',
                    events: { type: 'EVENT_TYPE', items: ['user.credential.enroll', 'user.lifecycle.create', '${fixedTypo}'] },
                    channel: { type: 'HTTP', version: '1.0.0', config: { uri: hookUrl } },
                  },
                });
              `,
            },
            {
              messageId: 'removeType',
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.eventHookApi.createEventHook({
                  eventHook: {
                    name: 'device-trust',
                    events: { type: 'EVENT_TYPE', items: ['user.credential.enroll', 'user.lifecycle.create'] },
                    channel: { type: 'HTTP', version: '1.0.0', config: { uri: hookUrl } },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // okta-sdk-nodejs 6 and REST (fetch, axios, superagent); a hook body in a constant is reported once, where it is written.
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        const axios = require('axios');
        const request = require('superagent');
        const client = new okta.Client();
        const hook = { name: 'h', events: { type: 'EVENT_TYPE', items: ['user.authentication.authenticate'] }, channel };
        await client.createEventHook(hook);
        await client.updateEventHook(hookId, { events: { type: 'EVENT_TYPE', items: ['user.account.unlock_token'] }, channel });
        await fetch(\`\${org}/api/v1/eventHooks\`, { method: 'POST', body: JSON.stringify(hook) });
        await axios.put(\`\${org}/api/v1/eventHooks/\${hookId}\`, { events: { items: ['user.credential.enroll'] }, channel });
        await request.post(\`\${org}/api/v1/eventHooks\`).send({ events: { items: ['user.credential.enroll'] }, channel });
      `,
      output: null,
      errors: [
        {
          messageId: 'unavailableInHook',
          data: ie('user.authentication.authenticate'),
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const axios = require('axios');
                const request = require('superagent');
                const client = new okta.Client();
                const hook = { name: 'h', events: { type: 'EVENT_TYPE', items: [] }, channel };
                await client.createEventHook(hook);
                await client.updateEventHook(hookId, { events: { type: 'EVENT_TYPE', items: ['user.account.unlock_token'] }, channel });
                await fetch(\`\${org}/api/v1/eventHooks\`, { method: 'POST', body: JSON.stringify(hook) });
                await axios.put(\`\${org}/api/v1/eventHooks/\${hookId}\`, { events: { items: ['user.credential.enroll'] }, channel });
                await request.post(\`\${org}/api/v1/eventHooks\`).send({ events: { items: ['user.credential.enroll'] }, channel });
              `,
            },
          ],
        },
        {
          messageId: 'unavailableInHook',
          data: ie('user.account.unlock_token', 'Identity Engine no longer triggers it'),
          line: 7,
          column: 78,
          endLine: 7,
          endColumn: 105,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const axios = require('axios');
                const request = require('superagent');
                const client = new okta.Client();
                const hook = { name: 'h', events: { type: 'EVENT_TYPE', items: ['user.authentication.authenticate'] }, channel };
                await client.createEventHook(hook);
                await client.updateEventHook(hookId, { events: { type: 'EVENT_TYPE', items: [] }, channel });
                await fetch(\`\${org}/api/v1/eventHooks\`, { method: 'POST', body: JSON.stringify(hook) });
                await axios.put(\`\${org}/api/v1/eventHooks/\${hookId}\`, { events: { items: ['user.credential.enroll'] }, channel });
                await request.post(\`\${org}/api/v1/eventHooks\`).send({ events: { items: ['user.credential.enroll'] }, channel });
              `,
            },
          ],
        },
        {
          messageId: 'unavailableInHook',
          data: ie('user.credential.enroll'),
          line: 9,
          column: 75,
          endLine: 9,
          endColumn: 99,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const axios = require('axios');
                const request = require('superagent');
                const client = new okta.Client();
                const hook = { name: 'h', events: { type: 'EVENT_TYPE', items: ['user.authentication.authenticate'] }, channel };
                await client.createEventHook(hook);
                await client.updateEventHook(hookId, { events: { type: 'EVENT_TYPE', items: ['user.account.unlock_token'] }, channel });
                await fetch(\`\${org}/api/v1/eventHooks\`, { method: 'POST', body: JSON.stringify(hook) });
                await axios.put(\`\${org}/api/v1/eventHooks/\${hookId}\`, { events: { items: [] }, channel });
                await request.post(\`\${org}/api/v1/eventHooks\`).send({ events: { items: ['user.credential.enroll'] }, channel });
              `,
            },
          ],
        },
        {
          messageId: 'unavailableInHook',
          data: ie('user.credential.enroll'),
          line: 10,
          column: 73,
          endLine: 10,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                const axios = require('axios');
                const request = require('superagent');
                const client = new okta.Client();
                const hook = { name: 'h', events: { type: 'EVENT_TYPE', items: ['user.authentication.authenticate'] }, channel };
                await client.createEventHook(hook);
                await client.updateEventHook(hookId, { events: { type: 'EVENT_TYPE', items: ['user.account.unlock_token'] }, channel });
                await fetch(\`\${org}/api/v1/eventHooks\`, { method: 'POST', body: JSON.stringify(hook) });
                await axios.put(\`\${org}/api/v1/eventHooks/\${hookId}\`, { events: { items: ['user.credential.enroll'] }, channel });
                await request.post(\`\${org}/api/v1/eventHooks\`).send({ events: { items: [] }, channel });
              `,
            },
          ],
        },
      ],
    },
    {
      // Pulumi on Classic Engine: Identity Engine-only types.
      code: code`
        import * as okta from '@pulumi/okta';
        new okta.EventHook('devices', {
          events: [
            'user.lifecycle.create',
            'device.enrollment.create', // new devices
          ],
          channel,
        });
      `,
      settings: classic,
      output: null,
      errors: [
        {
          messageId: 'unavailableInHook',
          data: ce('device.enrollment.create'),
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'removeType',
              output: code`
                import * as okta from '@pulumi/okta';
                new okta.EventHook('devices', {
                  events: [
                    'user.lifecycle.create',
                  ],
                  channel,
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // A hook receiver on Identity Engine: comparisons, switch, a handler map, an includes() list, a constant.
      code: code`
        const ENROLL = 'user.credential.enroll';
        const handlers = {
          'user.authentication.authenticate': auditDeviceTrust,
          'user.lifecycle.create': onCreate,
        };
        app.post('/okta/events', (req, res) => {
          for (const event of req.body.data.events) {
            if (event.eventType === ENROLL) enroll(event);
            if ('user.account.unlock_token' == event?.eventType) unlock(event);
            switch (event.eventType) {
              case 'user.authentication.authenticate':
                break;
              default:
                handlers[event.eventType]?.(event);
            }
            if (['user.credential.enroll', 'user.lifecycle.create'].includes(event.eventType)) log(event);
          }
          res.sendStatus(200);
        });
      `,
      output: null,
      errors: [
        { messageId: 'unavailableInReceiver', data: ie('user.credential.enroll'), line: 1, column: 16, endLine: 1, endColumn: 40, suggestions: [] },
        { messageId: 'unavailableInReceiver', data: ie('user.authentication.authenticate'), line: 3, column: 3, endLine: 3, endColumn: 37 },
        { messageId: 'unavailableInReceiver', data: ie('user.account.unlock_token', 'Identity Engine no longer triggers it'), line: 9, column: 9, endLine: 9, endColumn: 36 },
        { messageId: 'unavailableInReceiver', data: ie('user.authentication.authenticate'), line: 11, column: 12, endLine: 11, endColumn: 46 },
        { messageId: 'unavailableInReceiver', data: ie('user.credential.enroll'), line: 16, column: 10, endLine: 16, endColumn: 34 },
      ],
    },
    {
      // A receiver on Classic Engine, and the typo in a receiver (renamed in place).
      code: code`
        const okta = require('@okta/okta-sdk-nodejs');
        export function route(event) {
          const handlers = {};
          handlers['device.lifecycle.deactivate'] = onDeactivate;
          if (event.eventType === '${typo}') onActivate(event);
        }
      `,
      settings: classic,
      output: null,
      errors: [
        { messageId: 'unavailableInReceiver', data: ce('device.lifecycle.deactivate'), line: 4, column: 12, endLine: 4, endColumn: 41, suggestions: [] },
        {
          messageId: 'misspelledType',
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'renameType',
              output: code`
                const okta = require('@okta/okta-sdk-nodejs');
                export function route(event) {
                  const handlers = {};
                  handlers['device.lifecycle.deactivate'] = onDeactivate;
                  if (event.eventType === '${fixedTypo}') onActivate(event);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // System Log filters: sdk 7+, sdk 6, the URL (encoded) and axios params.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        import axios from 'axios';
        const client = new okta.Client();
        await client.systemLogApi.listLogEvents({ filter: 'eventType eq "user.authentication.authenticate"', since });
        await client.getLogs({ filter: 'eventType eq "user.credential.enroll" or eventType eq "user.lifecycle.create"' });
        await fetch(\`\${org}/api/v1/logs?filter=\${encodeURIComponent('eventType eq "user.credential.enroll"')}\`);
        await axios.get(\`\${org}/api/v1/logs\`, { params: { filter: 'eventType eq "${typo}"' } });
      `,
      output: null,
      errors: [
        { messageId: 'unavailableInFilter', data: ie('user.authentication.authenticate'), line: 4, column: 51, endLine: 4, endColumn: 100, suggestions: [] },
        { messageId: 'unavailableInFilter', data: ie('user.credential.enroll'), line: 5, column: 32, endLine: 5, endColumn: 111 },
        { messageId: 'unavailableInFilter', data: ie('user.credential.enroll'), line: 6, column: 13, endLine: 6, endColumn: 103 },
        {
          messageId: 'misspelledType',
          data: { type: typo, to: fixedTypo },
          line: 7,
          column: 59,
          endLine: 7,
          endColumn: 118,
          suggestions: [
            {
              messageId: 'renameType',
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                import axios from 'axios';
                const client = new okta.Client();
                await client.systemLogApi.listLogEvents({ filter: 'eventType eq "user.authentication.authenticate"', since });
                await client.getLogs({ filter: 'eventType eq "user.credential.enroll" or eventType eq "user.lifecycle.create"' });
                await fetch(\`\${org}/api/v1/logs?filter=\${encodeURIComponent('eventType eq "user.credential.enroll"')}\`);
                await axios.get(\`\${org}/api/v1/logs\`, { params: { filter: 'eventType eq "${fixedTypo}"' } });
              `,
            },
          ],
        },
      ],
    },
    {
      // The typo in a constant the hook uses: renamed where it is written; no removal (the list is not written in place).
      code: `import * as okta from '@pulumi/okta';\nconst events = ['${typo}'];\nnew okta.EventHook('h', { events, channel });`,
      output: null,
      errors: [
        {
          messageId: 'misspelledType',
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            { messageId: 'renameType', output: `import * as okta from '@pulumi/okta';\nconst events = ['${fixedTypo}'];\nnew okta.EventHook('h', { events, channel });` },
          ],
        },
      ],
    },
    {
      // The catalog option (strict) widens the Classic Engine list.
      code: "const okta = true;\nif (event.eventType === 'device.platform.add') sync(event);",
      settings: classic,
      options: [{ catalog: true }],
      output: null,
      errors: [{ messageId: 'unavailableInReceiver', data: ce('device.platform.add'), line: 2, column: 25, endLine: 2, endColumn: 46 }],
    },
  ],
});

jsonRuleTester.run('no-unavailable-event-types (JSON)', rule as never, {
  valid: [
    { code: '{ "name": "h", "events": { "type": "EVENT_TYPE", "items": ["device.enrollment.create"] }, "channel": {} }', filename: 'hooks/devices.json' },
    { code: '{ "name": "h", "events": { "type": "EVENT_TYPE", "items": ["user.credential.enroll"] }, "channel": {} }', filename: 'hooks/dt.json', settings: classic },
    // Not an event hook definition.
    { code: '{ "subscribed": ["user.credential.enroll"] }', filename: 'notes.json' },
  ],
  invalid: [
    {
      code: '{\n  "name": "device-trust",\n  "events": { "type": "EVENT_TYPE", "items": ["user.credential.enroll", "user.lifecycle.create"] },\n  "channel": { "type": "HTTP", "version": "1.0.0" }\n}',
      filename: 'hooks/device-trust.json',
      output: null,
      errors: [
        {
          messageId: 'unavailableInHook',
          data: ie('user.credential.enroll'),
          line: 3,
          column: 47,
          endLine: 3,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeType',
              output: '{\n  "name": "device-trust",\n  "events": { "type": "EVENT_TYPE", "items": ["user.lifecycle.create"] },\n  "channel": { "type": "HTTP", "version": "1.0.0" }\n}',
            },
          ],
        },
      ],
    },
    {
      code: `[{ "events": { "items": ["${typo}"] }, "channel": {} }]`,
      filename: 'hooks.json',
      settings: classic,
      output: null,
      errors: [
        {
          messageId: 'misspelledType',
          data: { type: typo, to: fixedTypo },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 70,
          suggestions: [
            { messageId: 'renameType', output: `[{ "events": { "items": ["${fixedTypo}"] }, "channel": {} }]` },
            { messageId: 'removeType', output: '[{ "events": { "items": [] }, "channel": {} }]' },
          ],
        },
      ],
    },
  ],
});
