import { describe, expect, it } from 'vitest';
import { locateRegistrationHookHandlers, registrationHookGate } from '../../src/locate/registration-hook.js';
import { locateIn } from '../helpers/locate.js';

function handlers(code: string) {
  return locateIn(code, locateRegistrationHookHandlers).map((handler) => ({
    line: handler.fn.loc.start.line,
    signals: handler.signals.map((signal) => `${signal.kind}:${signal.detail}`),
    checksRequestType: handler.checksRequestType,
  }));
}

describe('locateRegistrationHookHandlers', () => {
  it('finds the ways a handler reads data.userProfile, each in its outermost function', () => {
    const code = [
      "app.post('/a', (req, res) => { const email = req.body.data.userProfile.email; res.json({}); });",
      "app.post('/b', function (req, res) { const { data } = req.body; return res.json(check(data.userProfile)); });",
      "app.post('/c', ({ body }, res) => { const { userProfile } = body.data; res.json(userProfile); });",
      'exports.handler = async (event) => { const { data: { userProfile } } = JSON.parse(event.body); return userProfile; };',
      "app.post('/d', (req, res) => { const payload = req.body; const inner = () => payload.data.userProfile; res.json(inner()); });",
      "app.post('/e', (req, res) => { const { data } = req.body; const { userProfile } = data; res.json(userProfile); });",
    ].join('\n');
    expect(handlers(code)).toEqual([1, 2, 3, 4, 5, 6].map((line) => ({ line, signals: ['reads-user-profile:data.userProfile'], checksRequestType: false })));
  });

  it('finds registration commands, not the password import command', () => {
    const code = [
      "app.post('/a', (req, res) => res.json({ commands: [{ type: 'com.okta.action.update', value: { registration: 'DENY' } }] }));",
      "app.post('/b', (req, res) => res.json({ commands: [{ type: 'com.okta.user.profile.update', value: {} }] }));",
      "app.post('/c', (req, res) => res.json({ commands: [{ type: 'com.okta.action.update', value: { credential: 'VERIFIED' } }] }));",
    ].join('\n');
    expect(handlers(code).map((handler) => handler.signals)).toEqual([['returns-command:com.okta.action.update'], ['returns-command:com.okta.user.profile.update']]);
  });

  it('knows when the handler, or every caller of a helper, reads requestType', () => {
    const code = [
      'function profileOf(body) { return body.data.userProfile; }',
      "app.post('/a', (req, res) => { if (req.body.requestType !== 'self.service.registration') return res.json({}); res.json(profileOf(req.body)); });",
      "app.post('/b', (req, res) => { const { requestType } = req.body; res.json({ ok: requestType && req.body.data.userProfile }); });",
      "app.post('/c', (req, res) => { /* requestType */ res.json(req.body.data.userProfile); });",
    ].join('\n');
    expect(handlers(code).map((handler) => [handler.line, handler.checksRequestType])).toEqual([
      [1, true],
      [3, true],
      [4, false],
    ]);
  });

  it('ignores userProfile outside a hook request, in comments and at the top level', () => {
    const code = [
      '// reads req.body.data.userProfile',
      'const profile = req.body.data.userProfile;',
      'function render(user) { return user.userProfile.email + response.data.profile; }',
      "new OktaSignIn({ registration: { preSubmit(postData, ok) { postData.userProfile.email = ''; ok(postData); } } });",
    ].join('\n');
    expect(handlers(code)).toEqual([]);
  });

  it('has a text gate that skips the Sign-In Widget\'s own use of userProfile', () => {
    expect(registrationHookGate.test("schema.push({ name: 'userProfile.city' }); postData.userProfile.email")).toBe(false);
    expect(registrationHookGate.test('const { data: { userProfile } } = req.body;')).toBe(true);
    expect(registrationHookGate.test('const { userProfile, action } = req.body.data;')).toBe(true);
    expect(registrationHookGate.test('req.body.data.userProfile')).toBe(true);
    expect(registrationHookGate.test('const { data } = req.body;\nconst { userProfile } = data;')).toBe(true);
  });
});

describe('locateRegistrationHookHandlers: where the handler is', () => {
  it('takes the function that receives the request, not a module wrapper around several routes', () => {
    const code = [
      'module.exports = (router) => {',
      "  router.post('/progressive', (req, res) => { if (req.body.requestType === 'progressive.profile') return res.json({}); res.json({}); });",
      "  router.post('/registration', (req, res) => { res.json({ allowed: Boolean(req.body.data.userProfile) }); });",
      '};',
    ].join('\n');
    expect(handlers(code)).toEqual([{ line: 3, signals: ['reads-user-profile:data.userProfile'], checksRequestType: false }]);
  });

  it('puts a command built in a nested callback with its handler, and sees a check around it', () => {
    const code = [
      "app.post('/a', (req, res) => {",
      '  const email = req.body.data.userProfile.email;',
      "  lookup(email).then((ok) => res.json({ commands: [{ type: 'com.okta.action.update', value: { registration: ok ? 'ALLOW' : 'DENY' } }] }));",
      '});',
      "app.post('/b', (req, res) => {",
      "  if (req.body.requestType !== 'self.service.registration') return res.json({});",
      "  lookup().then((ok) => res.json({ commands: [{ type: 'com.okta.action.update', value: { registration: ok ? 'ALLOW' : 'DENY' } }] }));",
      '});',
      'function recurse(body) { return body.data.userProfile || recurse(body); }',
    ].join('\n');
    expect(handlers(code)).toEqual([
      { line: 1, signals: ['reads-user-profile:data.userProfile', 'returns-command:com.okta.action.update'], checksRequestType: false },
      { line: 7, signals: ['returns-command:com.okta.action.update'], checksRequestType: true },
      { line: 9, signals: ['reads-user-profile:data.userProfile'], checksRequestType: false },
    ]);
  });
});
