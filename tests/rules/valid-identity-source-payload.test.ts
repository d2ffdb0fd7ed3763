import rule from '../../src/rules/valid-identity-source-payload.js';
import { code, jsonRuleTester, ruleTester } from '../helpers/rule-tester.js';

const sdk = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\n";
const required = '`email` and `userName`';

ruleTester.run('valid-identity-source-payload', rule, {
  valid: [
    sdk +
      "await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: { externalId: 'hr-42', profile: { email: 'a@example.com', userName: 'a@example.com', employeeNumber: '42', middleName: null } } });",
    // String(…) and values known only at run time.
    sdk +
      'await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: { externalId, profile: { email, userName, employeeNumber: String(row.id), department: row.department } } });',
    // A PATCH updates part of the profile; bulk upserts do not require email and userName.
    "await fetch(`${org}/api/v1/identity-sources/${id}/users/${ext}`, { method: 'PATCH', body: JSON.stringify({ profile: { mobilePhone: '+15550100' } }) });",
    "await fetch(`${org}/api/v1/identity-sources/${id}/sessions/${sid}/bulk-upsert`, { method: 'POST', body: JSON.stringify({ entityType: 'USERS', profiles: [{ externalId: 'x', profile: { firstName: 'Ada' } }] }) });",
    // A profile spread from elsewhere may hold the keys.
    sdk + 'await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: { externalId, profile: { ...mapped, title: "Engineer" } } });',
    // Regular users may have other types: only identity-source calls are checked.
    sdk + "await client.userApi.createUser({ body: { profile: { email: 'a@example.com', login: 'a@example.com', employeeNumber: 42, isManager: true } } });",
    "await fetch(`${org}/api/v1/users`, { method: 'POST', body: JSON.stringify({ profile: { login: 'a', age: 42 } }) });",
  ],
  invalid: [
    {
      code: code`
        import okta from '@okta/okta-sdk-nodejs';
        const client = new okta.Client();
        const EMPLOYEE_NUMBER = 42;
        await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: {
          externalId: 'hr-42', profile: { email: 'a@example.com', employeeNumber: 42, isManager: true, badge: EMPLOYEE_NUMBER, tags: ['a'] } } });
      `,
      output: null,
      errors: [
        { messageId: 'missingUserKeys', data: { required, keys: '`userName`' }, line: 5, column: 33, endLine: 5, endColumn: 133 },
        { messageId: 'nonString', data: { key: 'employeeNumber', type: 'a number' }, line: 5, column: 75, endLine: 5, endColumn: 77,
          suggestions: [
            {
              messageId: 'quoteValue',
              data: { text: "'42'" },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                const EMPLOYEE_NUMBER = 42;
                await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: {
                  externalId: 'hr-42', profile: { email: 'a@example.com', employeeNumber: '42', isManager: true, badge: EMPLOYEE_NUMBER, tags: ['a'] } } });
              `,
            },
          ],
        },
        { messageId: 'nonString', data: { key: 'isManager', type: 'a boolean' }, line: 5, column: 90, endLine: 5, endColumn: 94,
          suggestions: [
            {
              messageId: 'quoteValue',
              data: { text: "'true'" },
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                const EMPLOYEE_NUMBER = 42;
                await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: {
                  externalId: 'hr-42', profile: { email: 'a@example.com', employeeNumber: 42, isManager: 'true', badge: EMPLOYEE_NUMBER, tags: ['a'] } } });
              `,
            },
          ],
        },
        { messageId: 'nonString', data: { key: 'badge', type: 'a number' }, line: 5, column: 103, endLine: 5, endColumn: 118,
          suggestions: [
            {
              messageId: 'wrapInString',
              output: code`
                import okta from '@okta/okta-sdk-nodejs';
                const client = new okta.Client();
                const EMPLOYEE_NUMBER = 42;
                await client.identitySourceApi.createIdentitySourceUser({ identitySourceId, userRequestSchema: {
                  externalId: 'hr-42', profile: { email: 'a@example.com', employeeNumber: 42, isManager: true, badge: String(EMPLOYEE_NUMBER), tags: ['a'] } } });
              `,
            },
          ],
        },
        { messageId: 'nonString', data: { key: 'tags', type: 'an array' }, line: 5, column: 126, endLine: 5, endColumn: 131, suggestions: [] },
      ],
    },
    {
      // PUT replaces the user: both keys are required.
      code: "await fetch(`${org}/api/v1/identity-sources/${id}/users/${ext}`, { method: 'PUT', body: JSON.stringify({ profile: { userName: 'a' } }) });",
      output: null,
      errors: [{ messageId: 'missingUserKeys', data: { required, keys: '`email`' }, line: 1, column: 115, endLine: 1, endColumn: 132 }],
    },
    {
      // A bulk upsert of groups through the user endpoint.
      code: "await fetch(`${org}/api/v1/identity-sources/${id}/sessions/${sid}/bulk-upsert`, { method: 'POST', body: JSON.stringify({ entityType: 'GROUPS', profiles: [{ externalId: 'x', profile: { age: 3 } }] }) });",
      output: null,
      errors: [
        { messageId: 'entityType', data: { entityType: 'USERS' }, line: 1, column: 134, endLine: 1, endColumn: 142 },
        {
          messageId: 'nonString',
          data: { key: 'age', type: 'a number' },
          line: 1,
          column: 190,
          endLine: 1,
          endColumn: 191,
          suggestions: [
            {
              messageId: 'quoteValue',
              data: { text: "'3'" },
              output: "await fetch(`${org}/api/v1/identity-sources/${id}/sessions/${sid}/bulk-upsert`, { method: 'POST', body: JSON.stringify({ entityType: 'GROUPS', profiles: [{ externalId: 'x', profile: { age: '3' } }] }) });",
            },
          ],
        },
      ],
    },
    {
      // Pulumi's typed profile still takes a number in JavaScript.
      code: "import * as okta from '@pulumi/okta';\nnew okta.IdentitySourceUser('u', { identitySourceId, identitySourceUserId: 'x', profile: { email: 'e', userName: 'u', mobilePhone: 5550100 } });",
      output: null,
      errors: [
        {
          messageId: 'nonString',
          data: { key: 'mobilePhone', type: 'a number' },
          line: 2,
          column: 132,
          endLine: 2,
          endColumn: 139,
          suggestions: [
            {
              messageId: 'quoteValue',
              data: { text: "'5550100'" },
              output: "import * as okta from '@pulumi/okta';\nnew okta.IdentitySourceUser('u', { identitySourceId, identitySourceUserId: 'x', profile: { email: 'e', userName: 'u', mobilePhone: '5550100' } });",
            },
          ],
        },
      ],
    },
  ],
});

jsonRuleTester.run('valid-identity-source-payload (JSON)', rule as never, {
  valid: [{ code: '{ "entityType": "USERS", "profiles": [{ "externalId": "1", "profile": { "email": "a@example.com", "userName": "a" } }] }', filename: 'upsert.json' }],
  invalid: [
    {
      code: '{ "entityType": "USERS", "profiles": [{ "externalId": "1", "profile": { "email": "a@example.com", "active": true } }] }',
      filename: 'upsert.json',
      output: null,
      errors: [
        {
          messageId: 'nonString',
          data: { key: 'active', type: 'a boolean' },
          line: 1,
          column: 109,
          endLine: 1,
          endColumn: 113,
          suggestions: [
            {
              messageId: 'quoteValue',
              data: { text: '"true"' },
              output: '{ "entityType": "USERS", "profiles": [{ "externalId": "1", "profile": { "email": "a@example.com", "active": "true" } }] }',
            },
          ],
        },
      ],
    },
  ],
});
