import rule from '../../src/rules/registration-hook-request-type.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const readsProfile = { signal: 'reads `data.userProfile`' };

ruleTester.run('registration-hook-request-type', rule, {
  valid: [
    // A telephony inline hook reads \`data.userProfile\` too, next to \`data.messageProfile\`, and answers
    // \`com.okta.telephony.action\`: only registration hooks gain \`requestType\`.
    code`
      app.post('/hooks/telephony', async (req, res) => {
        const { userProfile, messageProfile } = req.body.data;
        await twilio.messages.create({ to: messageProfile.phoneNumber, body: \`Code \${messageProfile.otpCode} for \${userProfile.login}\` });
        res.json({ commands: [{ type: 'com.okta.telephony.action', value: [{ status: 'SUCCESSFUL', provider: 'TWILIO' }] }] });
      });
    `,
    // A Redux reducer named for registration that keeps a \`userProfile\` from an action's data.
    code`
      export function registration(state = {}, action) {
        switch (action.type) {
          case 'profile/loaded':
            return { ...state, userProfile: action.data.userProfile };
          default:
            return state;
        }
      }
    `,
    // The Identity Engine handler from Okta's upgrade guide: it branches on requestType.
    code`
      app.post('/okta/hooks/registration', async (request, response) => {
        let returnValue = {};
        if (request.body.requestType === 'self.service.registration') {
          const email = request.body.data.userProfile['email'];
          returnValue = { commands: [{ type: 'com.okta.action.update', value: { registration: email.endsWith('@acme.example') ? 'ALLOW' : 'DENY' } }] };
        } else if (request.body.requestType === 'progressive.profile') {
          returnValue = { commands: [{ type: 'com.okta.user.progressive.profile.update', value: request.body.data.userProfileUpdate }] };
        }
        response.status(200).send(JSON.stringify(returnValue));
      });
    `,
    // Destructured requestType, and a helper whose only caller checks it.
    code`
      function allow(body) {
        return body.data.userProfile.email.endsWith('@acme.example');
      }
      exports.handler = async (event) => {
        const { requestType, ...body } = JSON.parse(event.body);
        if (requestType !== 'self.service.registration') return { statusCode: 204 };
        const okta = allow(body);
        return { statusCode: 200, body: JSON.stringify({ commands: [{ type: 'com.okta.action.update', value: { registration: okta ? 'ALLOW' : 'DENY' } }] }) };
      };
    `,
    // The password import hook answers with com.okta.action.update too, with `credential`.
    "app.post('/okta/hooks/password-import', (req, res) => res.json({ commands: [{ type: 'com.okta.action.update', value: { credential: 'VERIFIED' } }] }));",
    // The Sign-In Widget's registration callbacks and an IDX profile are not a hook request.
    "import OktaSignIn from '@okta/okta-signin-widget';\nnew OktaSignIn({ registration: { preSubmit(postData, onSuccess) { postData.userProfile.email = postData.userProfile.email.trim(); onSuccess(postData); } } });",
    "const okta = await api.get('/me');\nrender(okta.data.userProfile);",
    // Creating the inline hook is not handling it.
    "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client();\nawait client.inlineHookApi.createInlineHook({ inlineHook: { name: 'reg', type: 'com.okta.user.pre-registration', version: '1.0.0', channel } });",
    { code: "app.post('/okta/hook', (req, res) => res.json({ allowed: !!req.body.data.userProfile }));", settings: { 'okta-oie': { engine: 'classic' } } },
  ],
  invalid: [
    {
      // The Classic Engine example of Okta's upgrade guide (Express, response.send): the guard is suggested.
      code: code`
        app.post('/okta/hooks/registration', async (request, response) => {
          const emailRegistration = request.body.data.userProfile['email'];
          let returnValue = {};
          if (emailRegistration.includes('example.com')) {
            returnValue = { commands: [{ type: 'com.okta.action.update', value: { registration: 'ALLOW' } }] };
          } else {
            returnValue = { commands: [{ type: 'com.okta.action.update', value: { registration: 'DENY' } }] };
          }
          response.send(JSON.stringify(returnValue));
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'noRequestTypeCheck',
          data: readsProfile,
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'answerProgressiveProfile',
              output: code`
                app.post('/okta/hooks/registration', async (request, response) => {
                  if (request.body.requestType === 'progressive.profile') {
                    return response.send(JSON.stringify({ commands: [] }));
                  }
                  const emailRegistration = request.body.data.userProfile['email'];
                  let returnValue = {};
                  if (emailRegistration.includes('example.com')) {
                    returnValue = { commands: [{ type: 'com.okta.action.update', value: { registration: 'ALLOW' } }] };
                  } else {
                    returnValue = { commands: [{ type: 'com.okta.action.update', value: { registration: 'DENY' } }] };
                  }
                  response.send(JSON.stringify(returnValue));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // Destructuring from req.body, res.status().json(): the guard uses res.json.
      code: code`
        router.post('/okta/registration', function (req, res) {
          const { data: { userProfile } } = req.body;
          res.status(200).json({ commands: [{ type: 'com.okta.user.profile.update', value: { department: domainOf(userProfile.email) } }] });
        });
      `,
      output: null,
      errors: [
        {
          messageId: 'noRequestTypeCheck',
          data: readsProfile,
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'answerProgressiveProfile',
              output: code`
                router.post('/okta/registration', function (req, res) {
                  if (req.body.requestType === 'progressive.profile') {
                    return res.json({ commands: [] });
                  }
                  const { data: { userProfile } } = req.body;
                  res.status(200).json({ commands: [{ type: 'com.okta.user.profile.update', value: { department: domainOf(userProfile.email) } }] });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      // A Lambda handler with no Express response: reported, no mechanical edit.
      code: code`
        export const handler = async (event) => {
          const { data } = JSON.parse(event.body);
          const allowed = data.userProfile.email.endsWith('@acme.example');
          return { statusCode: 200, body: JSON.stringify({ commands: [{ type: 'com.okta.action.update', value: { registration: allowed ? 'ALLOW' : 'DENY' } }] }) };
        };
      `,
      output: null,
      errors: [{ messageId: 'noRequestTypeCheck', data: readsProfile, line: 3, column: 19, endLine: 3, endColumn: 35, suggestions: [] }],
    },
    {
      // Only the command gives the handler away; a helper called from a handler that does not check requestType.
      code: code`
        const ALLOW = { type: 'com.okta.action.update', value: { registration: 'ALLOW' } };
        function decide(body) {
          return body.data.userProfile.email.endsWith('@acme.example');
        }
        fastify.post('/okta/hook', async (request) => ({ commands: [{ type: 'com.okta.action.update', value: { registration: decide(request.body) ? 'ALLOW' : 'DENY' } }] }));
      `,
      output: null,
      errors: [
        { messageId: 'noRequestTypeCheck', data: readsProfile, line: 3, column: 10, endLine: 3, endColumn: 31, suggestions: [] },
        { messageId: 'noRequestTypeCheck', data: { signal: 'answers with `com.okta.action.update`' }, line: 5, column: 69, endLine: 5, endColumn: 93, suggestions: [] },
      ],
    },
  ],
});
