import rule from '../../src/rules/no-managed-connection-log-names.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const eventType = (action: string) => ({
  what: 'the event type',
  from: `workload_principal.managed_connection.${action}`,
  to: `workload_principal.resource_connection.${action}`,
});
const detailEntry = (field: string) => ({
  what: 'the detail entry',
  from: `workload_principal_managed_connection_${field}`,
  to: `workload_principal_resource_connection_${field}`,
});
const debugKey = { what: 'the debug data key', from: 'managed_connection_id', to: 'resource_connection_id' };

ruleTester.run('no-managed-connection-log-names', rule, {
  valid: [
    // The names Okta uses since 2026.05.0.
    code`
      export function onEvent(event) {
        if (event.eventType === 'workload_principal.resource_connection.create') {
          return [event.debugContext.debugData.resource_connection_id, event.target[0].detailEntry.workload_principal_resource_connection_status];
        }
      }
    `,
    // The short key read from anything but `debugData` is someone else's: a database row, an app's own API.
    "const { managed_connection_id } = row;\nexport const id = record.managed_connection_id ?? okta.debugData;",
    "await fetch(`/api/connections/${row.managed_connection_id}`);",
    // Longer names that only start like an old one, and the old names in comments.
    "// workload_principal.managed_connection.create was renamed\nconst type = 'workload_principal.managed_connection.created_by_okta';",
    "const key = 'workload_principal_managed_connection_status_v2';",
    // Classic Engine orgs have no AI agents.
    { code: "if (eventType === 'workload_principal.managed_connection.create') notify();", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // An event hook receiver that reads the old event type, debug data key and detail entry.
      code: code`
        export function onEvent(event) {
          if (event.eventType === 'workload_principal.managed_connection.create') {
            const connectionId = event.debugContext.debugData.managed_connection_id;
            return [connectionId, event.target[0].detailEntry['workload_principal_managed_connection_status']];
          }
        }
      `,
      output: null,
      errors: [
        {
          messageId: 'renamed',
          data: eventType('create'),
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal.resource_connection.create' },
              output: code`
                export function onEvent(event) {
                  if (event.eventType === 'workload_principal.resource_connection.create') {
                    const connectionId = event.debugContext.debugData.managed_connection_id;
                    return [connectionId, event.target[0].detailEntry['workload_principal_managed_connection_status']];
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'renamed',
          data: debugKey,
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'resource_connection_id' },
              output: code`
                export function onEvent(event) {
                  if (event.eventType === 'workload_principal.managed_connection.create') {
                    const connectionId = event.debugContext.debugData.resource_connection_id;
                    return [connectionId, event.target[0].detailEntry['workload_principal_managed_connection_status']];
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'renamed',
          data: detailEntry('status'),
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 101,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal_resource_connection_status' },
              output: code`
                export function onEvent(event) {
                  if (event.eventType === 'workload_principal.managed_connection.create') {
                    const connectionId = event.debugContext.debugData.managed_connection_id;
                    return [connectionId, event.target[0].detailEntry['workload_principal_resource_connection_status']];
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      // Destructured keys: a shorthand keeps its variable name, a nested pattern under `debugData` counts.
      code: code`
        const { managed_connection_id } = log.debugContext.debugData;
        const { debugData: { managed_connection_id: id } } = other.debugContext;
      `,
      output: null,
      errors: [
        {
          messageId: 'renamed',
          data: debugKey,
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'resource_connection_id' },
              output: code`
                const { resource_connection_id: managed_connection_id } = log.debugContext.debugData;
                const { debugData: { managed_connection_id: id } } = other.debugContext;
              `,
            },
          ],
        },
        {
          messageId: 'renamed',
          data: debugKey,
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'resource_connection_id' },
              output: code`
                const { managed_connection_id } = log.debugContext.debugData;
                const { debugData: { resource_connection_id: id } } = other.debugContext;
              `,
            },
          ],
        },
      ],
    },
    {
      // A System Log filter in a URL, percent-encoded, naming two old types: one report per name.
      code: 'await fetch(`${orgUrl}/api/v1/logs?filter=eventType%20eq%20%22workload_principal.managed_connection.delete%22%20or%20eventType%20eq%20%22workload_principal.managed_connection.update%22`);',
      output: null,
      errors: [
        {
          messageId: 'renamed',
          data: eventType('delete'),
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 186,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal.resource_connection.delete' },
              output:
                'await fetch(`${orgUrl}/api/v1/logs?filter=eventType%20eq%20%22workload_principal.resource_connection.delete%22%20or%20eventType%20eq%20%22workload_principal.managed_connection.update%22`);',
            },
          ],
        },
        {
          messageId: 'renamed',
          data: eventType('update'),
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 186,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal.resource_connection.update' },
              output:
                'await fetch(`${orgUrl}/api/v1/logs?filter=eventType%20eq%20%22workload_principal.managed_connection.delete%22%20or%20eventType%20eq%20%22workload_principal.resource_connection.update%22`);',
            },
          ],
        },
      ],
    },
    {
      // An event hook subscription through okta-sdk-nodejs.
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client({ orgUrl, token });
        await client.eventHookApi.createEventHook({ eventHook: { name, channel, events: { type: 'EVENT_TYPE', items: ['workload_principal.managed_connection.activate'] } } });
      `,
      output: null,
      errors: [
        {
          messageId: 'renamed',
          data: eventType('activate'),
          line: 3,
          column: 111,
          endLine: 3,
          endColumn: 159,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal.resource_connection.activate' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client({ orgUrl, token });
                await client.eventHookApi.createEventHook({ eventHook: { name, channel, events: { type: 'EVENT_TYPE', items: ['workload_principal.resource_connection.activate'] } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // A mock event with the old detail entry as an object key (shorthand keeps the variable); a variable name is no log name.
      code: 'const workload_principal_managed_connection_type = "X";\nexport const target = { detailEntry: { workload_principal_managed_connection_type } };',
      output: null,
      errors: [
        {
          messageId: 'renamed',
          data: detailEntry('type'),
          line: 2,
          column: 40,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal_resource_connection_type' },
              output:
                'const workload_principal_managed_connection_type = "X";\nexport const target = { detailEntry: { workload_principal_resource_connection_type: workload_principal_managed_connection_type } };',
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('no-managed-connection-log-names (JSON)', rule as never, {
  valid: [
    '{ "events": { "type": "EVENT_TYPE", "items": ["workload_principal.resource_connection.create"] } }',
    // The short key outside `debugData`.
    '{ "managed_connection_id": "mcn1" }',
  ],
  invalid: [
    {
      code: '{\n  "events": { "type": "EVENT_TYPE", "items": ["workload_principal.managed_connection.update"] },\n  "debugContext": { "debugData": { "managed_connection_id": "mcn1" } }\n}',
      errors: [
        {
          messageId: 'renamed',
          data: eventType('update'),
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 93,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'workload_principal.resource_connection.update' },
              output:
                '{\n  "events": { "type": "EVENT_TYPE", "items": ["workload_principal.resource_connection.update"] },\n  "debugContext": { "debugData": { "managed_connection_id": "mcn1" } }\n}',
            },
          ],
        },
        {
          messageId: 'renamed',
          data: debugKey,
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'resource_connection_id' },
              output:
                '{\n  "events": { "type": "EVENT_TYPE", "items": ["workload_principal.managed_connection.update"] },\n  "debugContext": { "debugData": { "resource_connection_id": "mcn1" } }\n}',
            },
          ],
        },
      ],
    },
  ],
});
