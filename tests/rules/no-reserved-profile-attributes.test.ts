import rule from '../../src/rules/no-reserved-profile-attributes.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";
const reserved = (name: string, reservedName: string, since = '; enforced since 2026.01.0') => ({
  messageId: 'reserved' as const,
  data: { name, reserved: reservedName, since },
});

ruleTester.run('no-reserved-profile-attributes', rule, {
  valid: [
    sdk +
      "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: { id: '#custom', type: 'object', properties: { costCenter: { type: 'string' }, organizationId: { type: 'string' } } } } } });",
    // A reserved-looking name in an object that is not a schema: a user's profile, a local record.
    sdk + "await client.userApi.createUser({ body: { profile: { login: 'a@example.com', email: 'a@example.com', orgId: 'acme' } } });",
    "const row = { orgId: 42, activationStatus: 'ACTIVE', status: 'ok' };\nawait fetch(`${org}/api/v1/users`, { method: 'POST', body: JSON.stringify({ profile: row }) });",
    // Keys of the schema that are not custom properties.
    sdk + "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { base: { id: '#base', properties: { login: { title: 'Username' } } } } } });",
    // Look-alikes of the new names.
    sdk + "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: { id: '#custom', properties: { createdByManager: { type: 'string' }, lastUpdatedByUser: { type: 'string' } } } } } });",
    // An index known only at run time.
    "import * as okta from '@pulumi/okta';\nnew okta.UserSchemaProperty(name, { index: name, title: 'x', type: 'string' });",
  ],
  invalid: [
    {
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client();
        await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: {
          id: '#custom', type: 'object', required: ['orgId'],
          properties: { orgId: { title: 'Org', type: 'string' }, 'NumUnlocks': { type: 'integer' } } } } } });
      `,
      output: null,
      errors: [
        {
          ...reserved('orgId', 'orgid'),
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customOrgId' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: {
                  id: '#custom', type: 'object', required: ['customOrgId'],
                  properties: { customOrgId: { title: 'Org', type: 'string' }, 'NumUnlocks': { type: 'integer' } } } } } });
              `,
            },
          ],
        },
        {
          ...reserved('NumUnlocks', 'numunlocks'),
          line: 5,
          column: 58,
          endLine: 5,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customNumUnlocks' },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: {
                  id: '#custom', type: 'object', required: ['orgId'],
                  properties: { orgId: { title: 'Org', type: 'string' }, 'customNumUnlocks': { type: 'integer' } } } } } });
              `,
            },
          ],
        },
      ],
    },
    {
      // The app user schema through REST, from the help page's long-standing list; the prefixed name is taken.
      code: "await fetch(`${org}/api/v1/meta/schemas/apps/${appId}/default`, { method: 'POST', body: JSON.stringify({ definitions: { custom: { properties: { realmId: { type: 'string' }, customRealmId: { type: 'string' } } } } }) });",
      output: null,
      errors: [{ ...reserved('realmId', 'realmId', ''), line: 1, column: 145, endLine: 1, endColumn: 152, suggestions: [] }],
    },
    {
      // createdBy and lastUpdatedBy: on the help page's list, not among the twelve of the 2026.01.0 fix.
      code: sdk + "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: { id: '#custom', properties: { createdBy: { type: 'string' }, LastUpdatedBy: { type: 'string' } } } } } });",
      output: null,
      errors: [
        {
          ...reserved('createdBy', 'createdby', ''),
          line: 3,
          column: 133,
          endLine: 3,
          endColumn: 142,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customCreatedBy' },
              output: sdk + "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: { id: '#custom', properties: { customCreatedBy: { type: 'string' }, LastUpdatedBy: { type: 'string' } } } } } });",
            },
          ],
        },
        {
          ...reserved('LastUpdatedBy', 'lastupdatedby', ''),
          line: 3,
          column: 164,
          endLine: 3,
          endColumn: 177,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customLastUpdatedBy' },
              output: sdk + "await client.schemaApi.updateUserProfile({ schemaId: 'default', userSchema: { definitions: { custom: { id: '#custom', properties: { createdBy: { type: 'string' }, customLastUpdatedBy: { type: 'string' } } } } } });",
            },
          ],
        },
      ],
    },
    {
      // sdk-nodejs 6: updateApplicationUserProfile(appId, body).
      code: sdk + "await client.updateApplicationUserProfile(appId, { definitions: { custom: { properties: { apiStatus: { type: 'string' } } } } });",
      output: null,
      errors: [
        {
          ...reserved('apiStatus', 'apistatus'),
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customApiStatus' },
              output: sdk + "await client.updateApplicationUserProfile(appId, { definitions: { custom: { properties: { customApiStatus: { type: 'string' } } } } });",
            },
          ],
        },
      ],
    },
    {
      code: code`
        import * as okta from '@pulumi/okta';
        new okta.UserSchemaProperty('unlocks', { index: 'numUnlocks', title: 'Unlocks', type: 'integer' });
        new okta.AppUserSchemaProperty('status', { appId, index: 'changedStatus', title: 'Status', type: 'string' });
      `,
      output: null,
      errors: [
        {
          ...reserved('numUnlocks', 'numunlocks'),
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customNumUnlocks' },
              output: code`
                import * as okta from '@pulumi/okta';
                new okta.UserSchemaProperty('unlocks', { index: 'customNumUnlocks', title: 'Unlocks', type: 'integer' });
                new okta.AppUserSchemaProperty('status', { appId, index: 'changedStatus', title: 'Status', type: 'string' });
              `,
            },
          ],
        },
        {
          ...reserved('changedStatus', 'changedstatus'),
          line: 3,
          column: 58,
          endLine: 3,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customChangedStatus' },
              output: code`
                import * as okta from '@pulumi/okta';
                new okta.UserSchemaProperty('unlocks', { index: 'numUnlocks', title: 'Unlocks', type: 'integer' });
                new okta.AppUserSchemaProperty('status', { appId, index: 'customChangedStatus', title: 'Status', type: 'string' });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('no-reserved-profile-attributes (JSON)', rule as never, {
  valid: [
    { code: '{ "definitions": { "custom": { "id": "#custom", "properties": { "costCenter": { "type": "string" } } } } }', filename: 'user-schema.json' },
    // A group schema: the rule covers user and app user schemas only.
    { code: '{ "id": "https://acme.okta.com/meta/schemas/group/default", "definitions": { "base": {}, "custom": { "id": "#custom", "properties": { "orgId": { "type": "string" } } } } }', filename: 'group-schema.json' },
    // Any other JSON Schema with a definition called "custom".
    { code: '{ "$schema": "http://json-schema.org/draft-07/schema#", "definitions": { "custom": { "type": "object", "properties": { "id": { "type": "string" }, "status": {} } } } }', filename: 'schema.json' },
  ],
  invalid: [
    {
      code: code`
        {
          "definitions": {
            "custom": {
              "id": "#custom",
              "properties": { "loginType": { "type": "string" } },
              "required": ["loginType"]
            }
          }
        }
      `,
      filename: 'user-schema.json',
      output: null,
      errors: [
        {
          ...reserved('loginType', 'logintype'),
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'rename',
              data: { to: 'customLoginType' },
              output: code`
                {
                  "definitions": {
                    "custom": {
                      "id": "#custom",
                      "properties": { "customLoginType": { "type": "string" } },
                      "required": ["customLoginType"]
                    }
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
