import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkFixSafety } from './support/check.js';
import { lintConfig, type Level } from './support/languages.js';
import { comparable, runProgram } from './support/run-program.js';

/**
 * `--fix` must never change what a program does (issue 12). Each program below is run before and after `--fix`
 * (`recommended` and `strict`), with a stand-in for the Sign-In Widget and for `fetch`, and what it logs, throws,
 * gives the widget and sends must be the same, apart from the options Identity Engine ignores and the `dtc` Okta
 * rejects. The control cases (options provably dead) must still be fixed; the hostile ones may be left to suggestions,
 * but whatever `--fix` does to them must keep their behaviour.
 */

const widget = "import OktaSignIn from '@okta/okta-signin-widget';\n";

interface Program {
  name: string;
  text: string;
  /** A control case: `--fix` must change it, and the options it names must be gone. */
  fixed?: readonly string[];
}

const controls: Program[] = [
  {
    name: 'dead flags in an inline config',
    text: `${widget}new OktaSignIn({ baseUrl: 'https://acme.okta.com', features: { registration: true, rememberMe: true, autoPush: true } });\nconsole.log('done');`,
    fixed: ['registration', 'autoPush'],
  },
  {
    name: 'a config variable read by the widget alone: the emptied features go too',
    text: `${widget}const config = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nconst signIn = new OktaSignIn(config);\nsignIn.renderEl({ el: '#widget' });`,
    fixed: ['registration', 'features'],
  },
  {
    name: 'an assignment on a config the program makes',
    text: `${widget}const config = { baseUrl: 'https://acme.okta.com' };\nconfig.helpSupportNumber = '(555) 010-0100';\nnew OktaSignIn(config);\nconsole.log(config.baseUrl);`,
    fixed: ['helpSupportNumber'],
  },
  {
    name: 'dead options in renderEl() and a dotted key',
    text: `${widget}const signIn = new OktaSignIn({ baseUrl: 'https://acme.okta.com', 'features.securityImage': true });\nsignIn.renderEl({ el: '#w', features: { smsRecovery: true } });`,
    fixed: ['securityImage', 'smsRecovery'],
  },
  {
    name: 'dtc in an iOS device assurance request',
    text: "await fetch('https://acme.okta.com/api/v1/device-assurances', { method: 'POST', body: JSON.stringify({ name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: { osFirewall: true } } }) });",
    fixed: ['dtc'],
  },
];

const hostile: Program[] = [
  {
    name: 'a later write through the emptied features',
    text: `${widget}const cfg = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nnew OktaSignIn(cfg);\ncfg.features.rememberMe = true;\nconsole.log(cfg.features.rememberMe);`,
  },
  {
    name: 'a later read of the removed option',
    text: `${widget}const cfg = { baseUrl: 'https://acme.okta.com', helpSupportNumber: '(555) 010-0100' };\nnew OktaSignIn(cfg);\nconsole.log(cfg.helpSupportNumber.length);`,
  },
  {
    name: 'the config logged whole',
    text: `${widget}const cfg = { baseUrl: 'https://acme.okta.com', features: { registration: true } };\nnew OktaSignIn(cfg);\nconsole.log(JSON.stringify(cfg));`,
  },
  {
    name: 'a spread shares the features object',
    text: `${widget}const shared = { rememberMe: true };\nnew OktaSignIn({ features: { ...shared, registration: true } });\nconsole.log(shared);`,
  },
  {
    name: 'a computed key may be the removed option',
    text: `${widget}function key() { console.log('key'); return 'registration'; }\nnew OktaSignIn({ features: { [key()]: false, registration: true } });`,
  },
  {
    name: 'a tagged template value',
    text: `${widget}function track(parts) { console.log('tracked', parts[0]); return true; }\nnew OktaSignIn({ features: { registration: track\`signup\` } });`,
  },
  {
    name: 'a comma expression with a call',
    text: `${widget}new OktaSignIn({ features: { registration: (console.log('side effect'), true) } });`,
  },
  {
    name: 'a getter read as the value',
    text: `${widget}const flags = { get signup() { console.log('getter'); return true; } };\nnew OktaSignIn({ features: { registration: flags.signup } });`,
  },
  {
    name: 'an undeclared name as the value (it throws)',
    text: `${widget}new OktaSignIn({ features: { registration: notDeclared } });\nconsole.log('not reached');`,
  },
  {
    name: 'dtc whose value calls something',
    text: "function sideEffect() { console.log('called'); return {}; }\nawait fetch('https://acme.okta.com/api/v1/device-assurances', { method: 'POST', body: JSON.stringify({ name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: sideEffect() } }) });",
  },
  {
    name: 'a dtc request object logged after it is sent',
    text: "const policy = { name: 'iOS', platform: 'IOS', thirdPartySignalProviders: { dtc: { osFirewall: true } } };\nawait fetch('https://acme.okta.com/api/v1/device-assurances', { method: 'POST', body: JSON.stringify(policy) });\nconsole.log(policy);",
  },
  {
    name: 'no-semicolon code: the removed statement kept the next line apart',
    text: `${widget}const cfg = { baseUrl: 'https://acme.okta.com' }\nconst signIn = new OktaSignIn(cfg)\ncfg.helpSupportNumber = '555';\n(() => console.log('iife'))()`,
  },
  {
    name: 'an assignment run before the config exists (temporal dead zone)',
    text: `${widget}function setUp() { cfg.helpSupportNumber = '555'; }\ntry { setUp(); } catch (error) { console.log(error.name); }\nconst cfg = { baseUrl: 'https://acme.okta.com' };\nnew OktaSignIn(cfg);`,
  },
  {
    name: 'Object.assign into an object the program keeps',
    text: `${widget}const base = {};\nnew OktaSignIn(Object.assign(base, { features: { registration: true } }));\nconsole.log(base);`,
  },
  {
    name: 'the config handed to another function as well',
    text: `${widget}const cfg = { features: { registration: true } };\nfunction audit(value) { console.log(Object.keys(value.features)); }\naudit(cfg);\nnew OktaSignIn(cfg);`,
  },
  {
    name: 'delete of the container',
    text: `${widget}const cfg = { features: { registration: true } };\nnew OktaSignIn(cfg);\nconsole.log(delete cfg.features, 'features' in cfg);`,
  },
];

const levels: readonly Level[] = ['recommended', 'strict'];
const linter = new Linter({ configType: 'flat' });

async function checkProgram(program: Program, level: Level): Promise<{ output: string; fixed: boolean }> {
  const filename = 'program.js';
  const config = lintConfig(filename, level);
  const safety = checkFixSafety({ text: program.text, filename, config });
  expect(safety.problems, 'the fix-safety checker').toEqual([]);
  const { output, fixed } = linter.verifyAndFix(program.text, config, filename);
  const before = comparable(await runProgram(program.text));
  const after = comparable(await runProgram(output));
  expect({ ...after, fixedText: output }, `${level}: what the fixed program does`).toEqual({ ...before, fixedText: output });
  return { output, fixed };
}

describe('--fix keeps what a program does', () => {
  describe('control cases: dead options are removed', () => {
    for (const program of controls) {
      it(program.name, async () => {
        for (const level of levels) {
          const { output, fixed } = await checkProgram(program, level);
          expect(fixed, `${level}: --fix changed the program`).toBe(true);
          for (const option of program.fixed ?? []) expect(output, `${level}: ${option} removed`).not.toMatch(new RegExp(`\\b${option}\\b`));
        }
      });
    }
  });

  describe('hostile cases: whatever --fix does keeps the behaviour', () => {
    for (const program of hostile) {
      it(program.name, async () => {
        for (const level of levels) await checkProgram(program, level);
      });
    }
  });

  it('the comparison can fail: a fix that drops a call is caught', async () => {
    const program = hostile.find((candidate) => candidate.name === 'a comma expression with a call')!;
    const dropped = program.text.replace("(console.log('side effect'), true)", 'true');
    expect(comparable(await runProgram(dropped))).not.toEqual(comparable(await runProgram(program.text)));
    const joined = hostile.find((candidate) => candidate.name.startsWith('no-semicolon'))!.text.replace("cfg.helpSupportNumber = '555';\n", '');
    expect((await runProgram(joined)).error).toMatch(/TypeError/);
  });
});
