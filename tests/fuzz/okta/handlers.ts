import type { Builder } from './code.js';
import { eventTypes, payload } from './payloads.js';
import type { Fragment } from './widget.js';

/**
 * Code that handles Okta data rather than sending it: registration inline hook handlers, event hook receivers, log
 * filters, authenticator name checks, JWKS fetched per request, HTML-unescaped password requirements, and payload
 * objects that sit in a variable or an export with no call in sight.
 */

const handlers: readonly ((b: Builder) => string[])[] = [
  (b) => [
    `${b.rng.pick(['app', 'router'])}.post('/hooks/registration', (req, res) => {`,
    `  const profile = req.body.data.userProfile;`,
    ...(b.rng.chance(0.4) ? [`  if (req.body.requestType === 'self.service.registration') { console.log(profile); }`] : []),
    `  res.json({ commands: [{ type: ${b.quote('com.okta.action.update')}, value: { registration: ${b.quote(b.rng.pick(['ALLOW', 'DENY']))} } }] });`,
    '});',
  ],
  (b) => [
    `function ${b.id('onEvent')}(event) {`,
    `  if (event.eventType === ${b.quote(b.rng.pick(eventTypes))} || event.eventType == ${b.quote(b.rng.pick(eventTypes))}) {`,
    '    return true;',
    '  }',
    `  switch (event.eventType) { case ${b.quote(b.rng.pick(eventTypes))}: return 1; default: return 0; }`,
    '}',
  ],
  (b) => [`const ${b.id('filter')} = ${b.quote(`eventType eq "${b.rng.pick(eventTypes)}"`)};`],
  (b) => [`const ${b.id('hookEvents')} = ${b.render(b.rng.some(eventTypes, 3))};`],
  (b) => [
    `const ${b.id('isPasskey')} = authenticators.find((authenticator) => authenticator.${b.rng.pick(['name', 'displayName', 'key'])} ${b.rng.pick(['===', '==', '!=='])} ${b.quote(b.rng.pick(['FIDO2 (WebAuthn)', 'Security Key or Biometric', 'webauthn', 'Passkeys']))});`,
  ],
  (b) => [
    `${b.rng.pick(['app', 'router'])}.get('/protected', async (req, res) => {`,
    `  const keys = await fetch(\`\${issuer}/v1/keys\`).then((response) => response.json());`,
    '  res.json(keys);',
    '});',
  ],
  (b) => {
    const jwks = b.bind('jwks-rsa', undefined, 'jwksClient');
    return [`const ${b.id('keys')} = ${jwks}({ jwksUri: 'https://dev-1.okta.com/oauth2/default/v1/keys', cache: ${b.rng.pick(['true', 'false'])} });`];
  },
  (b) => [
    `const ${b.id('requirements')} = await fetch('/idp/myaccount/password/complexity-requirements').then((response) => response.json());`,
    `const ${b.id('text')} = ${b.rng.pick(['he.decode', 'unescape', '_.unescape', 'decodeHTML'])}(requirements.description);`,
  ],
  (b) => [b.declare(b.id(b.rng.pick(['policy', 'rule', 'deviceAssurance', 'hook', 'payload'])), b.render(payload(b.rng)))],
];

export function handlerFragment(b: Builder, topLevel: boolean): Fragment {
  const { rng } = b;
  if (topLevel && b.flavor.module && rng.chance(0.2)) {
    return { statements: [`export ${rng.pick(['const', 'let'])} ${b.id('payload')} = ${b.render(payload(rng))};`], topLevel: true, async: false };
  }
  const statements = rng.pick(handlers)(b);
  return { statements, topLevel: false, async: statements.some((line) => /^const \w+ = await/.test(line)) };
}
