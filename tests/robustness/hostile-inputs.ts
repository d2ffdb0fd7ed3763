/**
 * Hostile but small inputs, generated here (nothing checked in): deep nesting that drives recursion, text that makes
 * a careless regular expression quadratic or worse, values that reference each other so that following them
 * naively explodes, and a regular expression in the linted code that would hang if it were run. Each input is a file
 * name and its text; `what` says which part of the plugin it aims at.
 */

export interface HostileInput {
  name: string;
  filename: string;
  text: string;
  /** The part of the plugin the input aims at, for the reader of a failure. */
  what: string;
}

const widgetImport = "import OktaSignIn from '@okta/okta-signin-widget';\n";
const sdkImport = "import okta from '@okta/okta-sdk-nodejs';\nconst client = new okta.Client({ orgUrl: 'https://acme.okta.com', token: 't' });\n";
const kilobytes100 = 100_000;

function nested(open: string, inner: string, close: string, depth: number): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** A JavaScript string literal (double quotes) for any text. */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function passwordPolicy(oelStatement: string): string {
  return `${sdkImport}await client.policyApi.createPolicy({ policy: { type: 'PASSWORD', name: 'p', settings: { password: { complexity: { oelStatement: ${quoted(oelStatement)} } } } } });\n`;
}

function accountManagementRule(condition: string): string {
  return `${sdkImport}await client.policyApi.createPolicyRule({ policyId: 'p', policyRule: { type: 'ACCESS_POLICY', name: 'r', conditions: { elCondition: { condition: ${quoted(condition)} } } } });\n`;
}

function federatedClaim(expression: string): string {
  return `${sdkImport}await client.applicationApi.createFederatedClaim({ appId: 'a', federatedClaimRequestBody: { name: 'c', expression: ${quoted(expression)} } });\n`;
}

function sessionsUrl(url: string): string {
  return `await fetch(${quoted(url)}, { method: 'DELETE' });\n`;
}

function widget(features: string): string {
  return `${widgetImport}new OktaSignIn({ baseUrl: 'https://acme.okta.com', clientId: 'c', features: ${features} });\n`;
}

function doublingTemplates(count: number): string {
  const lines = ["const a0 = '/api/v1/sessions/';"];
  for (let index = 1; index <= count; index++) lines.push(`const a${index} = \`\${a${index - 1}}\${a${index - 1}}\`;`);
  lines.push(`await fetch(a${count}, { method: 'DELETE' });`);
  return `${lines.join('\n')}\n`;
}

function spreadChain(count: number, use: (last: string) => string): string {
  const lines = ["const c0 = { baseUrl: 'https://acme.okta.com', clientId: 'c', features: { registration: true } };"];
  for (let index = 1; index <= count; index++) lines.push(`const c${index} = { ...c${index - 1} };`);
  return `${lines.join('\n')}\n${use(`c${count}`)}\n`;
}

function playwrightSelectors(selector: string): string {
  return `import { test } from '@playwright/test';\n// Security Key or Biometric\ntest('x', async ({ page }) => { await page.locator(${quoted(selector)}).click(); });\n`;
}

/** Every hostile input of issue 12, and their siblings. */
export function hostileInputs(): HostileInput[] {
  const parens = 1000;
  return [
    // Deep Expression Language.
    { name: 'oelStatement with 1,000 nested parentheses', filename: 'password-policy.js', what: 'Expression Language parser (valid-password-oel-statement)', text: passwordPolicy(nested('(', "password.value.contains('acme corp')", ')', parens)) },
    { name: 'oelStatement with 5,000 NOT', filename: 'password-policy.js', what: 'Expression Language parser', text: passwordPolicy(`${'NOT '.repeat(5000)}password.value.contains('x')`) },
    { name: 'oelStatement with 1,000 nested call arguments', filename: 'password-policy.js', what: 'Expression Language parser', text: passwordPolicy(nested('String.f(', "password.value.contains('x')", ')', parens)) },
    { name: 'elCondition with 1,000 nested parentheses', filename: 'account-rule.js', what: 'Expression Language parser (valid-account-management-expression)', text: accountManagementRule(nested('(', "accessRequest.metadata.type == 'expired'", ')', parens)) },
    { name: 'elCondition with 5,000 !', filename: 'account-rule.js', what: 'Expression Language parser', text: accountManagementRule(`${'!'.repeat(5000)}(accessRequest.metadata.type == 'expiry')`) },
    {
      name: 'elCondition with 1,000 nested parentheses, as JSON',
      filename: 'account-rule.json',
      what: 'Expression Language parser on a JSON document',
      text: JSON.stringify({ type: 'ACCESS_POLICY', name: 'r', conditions: { elCondition: { condition: nested('(', "accessRequest.metadata.type == 'x'", ')', parens) } } }),
    },
    // Deep JavaScript.
    { name: '600 nested call arguments in a widget option', filename: 'deep-calls.js', what: 'side-effect check, walkers', text: widget(`{ registration: ${nested('f(1, ', 'true', ')', 600)} }`) },
    { name: '500 nested calls in a widget option', filename: 'deep-calls-1.js', what: 'side-effect check, walkers', text: widget(`{ registration: ${nested('f(', 'true', ')', 500)} }`) },
    { name: 'a chain of 1,000 calls in a widget option', filename: 'chain-calls.js', what: 'side-effect check, walkers', text: widget(`{ registration: a${'.b()'.repeat(1000)} }`) },
    { name: '4,000 ! in a widget option', filename: 'deep-not.js', what: 'side-effect check, walkers', text: widget(`{ registration: ${'!'.repeat(4000)}true }`) },
    { name: '4,000 ! in a widget option assignment', filename: 'deep-not-assignment.js', what: 'side-effect check, walkers', text: `${widgetImport}const config = { baseUrl: 'https://acme.okta.com' };
config.helpSupportNumber = ${'!'.repeat(4000)}'1';
new OktaSignIn(config);
` },
    { name: '600 nested call arguments around a URL', filename: 'deep-url-calls.js', what: 'URL and string-test locators', text: `await fetch(${nested('f(1, ', "'/api/v1/sessions/me'", ')', 600)}, { method: 'DELETE' });\n` },
    { name: '4,000 ! around a URL', filename: 'deep-url-not.js', what: 'URL locator', text: `await fetch(${'!'.repeat(4000)}'/api/v1/sessions/me', { method: 'DELETE' });\n` },
    { name: 'a 2,000-long member chain on a response', filename: 'member-chain.js', what: 'value flow', text: `const r = await fetch('/api/v1/sessions/me');\nconsole.log(r${'.a'.repeat(2000)});\n` },
    { name: '4,000 ! around a label comparison', filename: 'deep-label.js', what: 'string-test locator', text: `// okta\nif (${'!'.repeat(4000)}(authenticator.name === 'Security Key or Biometric')) run();\n` },
    { name: '500 nested arrays around a label', filename: 'deep-array-label.js', what: 'string-test candidate walk', text: `// okta\nconst x = ${nested('[', "'Security Key or Biometric'", ']', 500)};\n` },
    { name: '600 nested call arguments around a label', filename: 'deep-call-label.js', what: 'string-test candidate walk', text: `// okta\nconst x = ${nested('f(1, ', "'Security Key or Biometric'", ')', 600)};\n` },
    { name: 'a widget option nested 350 objects deep', filename: 'deep-widget.js', what: 'widget config locator', text: widget(nested('{ features: ', 'true', ' }', 350)) },
    { name: 'a payload nested 350 objects deep', filename: 'deep-payload.js', what: 'payload tree', text: `${sdkImport}await client.policyApi.createPolicy({ policy: ${nested('{ settings: ', "'x'", ' }', 350)} });\n` },
    { name: 'a destructuring pattern 1,500 deep on a response', filename: 'deep-pattern.js', what: 'value flow', text: `const ${nested('[', 'x', ']', 1500)} = await fetch('/api/v1/sessions/me').then((r) => r.json());\nconsole.log(x);\n` },
    { name: 'a URL concatenated from 4,000 parts', filename: 'deep-concat.js', what: 'URL resolution', text: `await fetch('/api/v1/sessions/'${" + 'x'".repeat(4000)}, { method: 'DELETE' });\n` },
    { name: 'a label concatenated from 4,000 parts', filename: 'deep-concat-label.js', what: 'string-test static text', text: `// okta\nif (authenticator.name === 'Security Key or Biometric'${" + ''".repeat(4000)}) run();\n` },
    {
      name: 'a JSON widget config nested 1,500 deep',
      filename: 'widget-config.json',
      what: 'JSON widget locator',
      text: `{ "baseUrl": "https://acme.okta.com", "features": ${nested('{ "features": ', 'true', ' }', 1500)} }`,
    },
    { name: 'a JSON payload nested 1,500 arrays deep', filename: 'policy.json', what: 'JSON payload tree', text: `{ "type": "PASSWORD", "name": "p", "settings": ${nested('[', '1', ']', 1500)} }` },
    // Values that reference each other.
    { name: 'a label built from constants that double, 40 deep', filename: 'doubling-label.js', what: 'string-test static text', text: `// okta\nconst a0 = '';\n${Array.from({ length: 40 }, (_, index) => `const a${index + 1} = a${index} + a${index};`).join('\n')}\nif (authenticator.name === 'Security Key or Biometric' + a40) run();\n` },
    { name: 'templates that double: a1 = `${a0}${a0}`, 40 deep', filename: 'doubling.js', what: 'URL reducer (value following)', text: doublingTemplates(40) },
    { name: 'a 3,000-long chain of spreads into the widget', filename: 'spread-chain-widget.js', what: 'widget config locator (value following)', text: `${widgetImport}${spreadChain(3000, (last) => `new OktaSignIn(${last});`)}` },
    { name: 'a 3,000-long chain of spreads into a payload', filename: 'spread-chain-payload.js', what: 'payload tree (value following)', text: `${sdkImport}${spreadChain(3000, (last) => `await client.policyApi.createPolicy({ policy: ${last} });`)}` },
    // Long text.
    { name: 'a 100 KB URL of #', filename: 'hash-url.js', what: 'URL normalising', text: sessionsUrl(`/api/v1/sessions/${'#'.repeat(kilobytes100)}\n`) },
    { name: 'a 100 KB URL of / with a word at the end', filename: 'slash-url.js', what: 'URL normalising', text: sessionsUrl(`https://acme.okta.com/api/v1/sessions/me${'/'.repeat(kilobytes100)}x`) },
    { name: 'a 100 KB URL with no slash and a newline', filename: 'newline-url.js', what: 'URL normalising', text: `const base = ${quoted(`${'a'.repeat(kilobytes100)}\n`)};\nawait fetch(base + '/api/v1/sessions/me', { method: 'DELETE' });\n` },
    { name: 'a 100 KB Playwright :text( selector', filename: 'selector.spec.js', what: 'Playwright text selector', text: playwrightSelectors(':text("a'.repeat(kilobytes100 / 8)) },
    { name: 'a 100 KB Playwright text= selector of blanks', filename: 'selector-blank.spec.js', what: 'Playwright text selector', text: playwrightSelectors(`text=a${' '.repeat(kilobytes100)}b`) },
    { name: 'a 100 KB claim expression of escaped quotes', filename: 'claim-quotes.js', what: 'Expression Language string stripping', text: federatedClaim(`'${"\\'".repeat(kilobytes100 / 2)}`) },
    { name: 'a 100 KB claim expression of .![', filename: 'claim-projection.js', what: 'Expression Language projection stripping', text: federatedClaim('user.a.!['.repeat(kilobytes100 / 10)) },
    { name: 'a 100 KB elCondition of unclosed quotes', filename: 'account-quotes.js', what: 'Expression Language fallback scan', text: accountManagementRule("accessRequest.metadata.type == '".repeat(kilobytes100 / 32)) },
    { name: 'a 100 KB oelStatement of one word', filename: 'password-long.js', what: 'Expression Language tokenizer', text: passwordPolicy(`password.value.contains('${'a '.repeat(kilobytes100 / 2)}')`) },
    { name: 'a 100 KB oelStatement of names', filename: 'password-names.js', what: 'Expression Language tokenizer', text: passwordPolicy(`password.value.contains('x') OR ${'a.b '.repeat(kilobytes100 / 4)}`) },
    { name: 'a 100 KB registration hook body of `data: {`', filename: 'hook.js', what: 'registration hook gate', text: `// com.okta.user.profile.update\nconst x = ${quoted('data: {'.repeat(kilobytes100 / 7))};\napp.post('/hook', (req, res) => res.json({}));\n` },
    { name: 'a 100 KB text of userProfile', filename: 'hook-profile.js', what: 'registration hook gate', text: `// okta requestType\nconst x = ${quoted('userProfile '.repeat(kilobytes100 / 12))};\n` },
    { name: 'a 100 KB token URL of /oauth2/${', filename: 'token-url.js', what: 'token exchange URL scan', text: `await fetch(${quoted(`${'/oauth2/${'.repeat(kilobytes100 / 10)}/v1/token`)}, { method: 'POST', body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange', subject_token_type: 'urn:ietf:params:oauth:token-type:id_token', requested_token_type: 'urn:ietf:params:oauth:token-type:id-jag' }) });\n` },
    { name: 'a 100 KB widget module id', filename: 'module-id.js', what: 'widget module pattern', text: `import OktaSignIn from '@okta/okta-signin-widget/dist/js/okta-sign-in${'.min'.repeat(kilobytes100 / 4)}x';\nnew OktaSignIn({ features: { registration: true } });\n` },
    { name: 'a 100 KB event type filter', filename: 'event-filter.js', what: 'event type filter scan', text: `${sdkImport}await client.systemLogApi.listLogEvents({ filter: ${quoted(`eventType eq "${'eventType eq '.repeat(kilobytes100 / 13)}`)} });\n` },
    // Regular expressions in the linted code are read, never run.
    { name: 'a catastrophic regular expression naming a passkey', filename: 'regex-passkey.js', what: 'no-authenticator-name-match regex reading', text: "// okta\nif (/^(passkey|(\\w|\\w)*|\\s)*!$/i.test(authenticator.name)) run();\n" },
    { name: 'a catastrophic regular expression of the issue', filename: 'regex-issue.js', what: 'no-authenticator-name-match regex reading', text: '// Security Key or Biometric\nif (/^(a|(\\w|\\w)*|\\s)*!$/i.test(authenticator.name)) run();\n' },
    { name: 'a catastrophic new RegExp naming a security key', filename: 'regex-new.js', what: 'no-authenticator-name-match regex reading', text: "// okta\nconst re = new RegExp('^(security key|(\\\\w|\\\\w)*|\\\\s)*!$', 'i');\nif (re.test(authenticator.name)) run();\n" },
    { name: 'a catastrophic regular expression in a UI test', filename: 'regex-ui.spec.js', what: 'no-authenticator-name-match selector reading', text: "// okta\nscreen.getByText(/^(biometric|(\\w|\\w)*|\\s)*!$/i);\n" },
  ];
}
