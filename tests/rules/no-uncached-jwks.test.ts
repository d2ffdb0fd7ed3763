import rule from '../../src/rules/no-uncached-jwks.js';
import { code, ruleTester } from '../helpers/rule-tester.js';

const clientMessage = (label: string) => ({ messageId: 'clientPerRequest' as const, data: { label } });

ruleTester.run('no-uncached-jwks', rule, {
  valid: [
    // A cached JWKS: jose at module level, one OktaJwtVerifier, a jwks-rsa client with its cache on.
    code`
      import { createRemoteJWKSet, jwtVerify } from 'jose';
      const JWKS = createRemoteJWKSet(new URL(\`\${issuer}/v1/keys\`));
      app.get('/api/me', async (req, res) => {
        const { payload } = await jwtVerify(req.headers.authorization.slice(7), JWKS, { issuer });
        res.json(payload);
      });
    `,
    code`
      const OktaJwtVerifier = require('@okta/jwt-verifier');
      const verifier = new OktaJwtVerifier({ issuer: 'https://acme.okta.com/oauth2/default' });
      app.use(async (req, res, next) => { req.jwt = await verifier.verifyAccessToken(token(req), 'api://default'); next(); });
    `,
    code`
      import jwksClient from 'jwks-rsa';
      const client = jwksClient({ jwksUri: \`\${issuer}/v1/keys\`, cache: true, rateLimit: true });
      export async function handler(event, context) { return client.getSigningKey(kid(event)); }
    `,
    // Created lazily once, and kept.
    code`
      import OktaJwtVerifier from '@okta/jwt-verifier';
      let verifier;
      app.use(async (req, res, next) => { verifier ??= new OktaJwtVerifier({ issuer }); next(); });
    `,
    // Keys fetched once at start-up, or memoized in module state.
    "const keys = await (await fetch(`${issuer}/v1/keys`)).json();\napp.get('/x', (req, res) => res.json(keys));",
    code`
      const cache = new Map();
      async function keysFor(issuer) {
        if (!cache.has(issuer)) cache.set(issuer, await (await fetch(\`\${issuer}/v1/keys\`)).json());
        return cache.get(issuer);
      }
      app.get('/x', async (req, res) => res.json(await keysFor(req.query.iss)));
    `,
    // An app's own relative /v1/keys route is not an Okta authorization server.
    "app.get('/x', async (req, res) => res.json(await (await fetch('/v1/keys')).json()));",
  ],
  invalid: [
    {
      code: code`
        import express from 'express';
        import OktaJwtVerifier from '@okta/jwt-verifier';
        const app = express();
        app.get('/api/messages', async (req, res) => {
          const verifier = new OktaJwtVerifier({ issuer: process.env.ISSUER });
          const jwt = await verifier.verifyAccessToken(req.headers.authorization.split(' ')[1], 'api://default');
          res.json({ sub: jwt.claims.sub });
        });
      `,
      output: null,
      errors: [{ ...clientMessage('new OktaJwtVerifier()'), line: 5, column: 20, endLine: 5, endColumn: 71 }],
    },
    {
      // fetch in the handler, and in a helper the middleware calls.
      code: code`
        async function loadKeys() {
          return (await fetch('https://acme.okta.com/oauth2/default/v1/keys')).json();
        }
        app.use(async (req, res, next) => { req.keys = await loadKeys(); next(); });
        export default async function handler(req, res) {
          const keys = await (await fetch(\`\${process.env.ISSUER}/v1/keys\`)).json();
          res.json(keys);
        }
      `,
      output: null,
      errors: [
        { messageId: 'fetchPerRequest', line: 2, column: 17, endLine: 2, endColumn: 70 },
        { messageId: 'fetchPerRequest', line: 6, column: 29, endLine: 6, endColumn: 67 },
      ],
    },
    {
      // jose and jwks-rsa clients built per request (a Next.js route handler, a verify helper); jwks-rsa without cache.
      code: code`
        import { createRemoteJWKSet, jwtVerify } from 'jose';
        const { JwksClient } = require('jwks-rsa');
        async function verify(token) {
          return jwtVerify(token, createRemoteJWKSet(new URL(\`\${issuer}/v1/keys\`)));
        }
        export async function GET(request) {
          const client = new JwksClient({ jwksUri: \`\${issuer}/v1/keys\`, cache: false });
          return Response.json(await verify(request.headers.get('authorization')));
        }
      `,
      output: null,
      errors: [
        { ...clientMessage('createRemoteJWKSet()'), line: 4, column: 27, endLine: 4, endColumn: 75 },
        { ...clientMessage('new JwksClient()'), line: 7, column: 18, endLine: 7, endColumn: 80 },
        { messageId: 'cacheDisabled', line: 7, column: 65, endLine: 7, endColumn: 77 },
      ],
    },
    {
      // Module-level jwks-rsa with its cache turned off.
      code: "import jwksClient from 'jwks-rsa';\nconst client = jwksClient({ jwksUri: `${issuer}/v1/keys`, cache: false });",
      output: null,
      errors: [{ messageId: 'cacheDisabled', line: 2, column: 59, endLine: 2, endColumn: 71 }],
    },
  ],
});
