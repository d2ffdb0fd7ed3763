import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
}

export interface RunOptions {
  cwd: string;
  /** Kill the process after this many milliseconds. */
  timeoutMs?: number;
}

/**
 * Variables that describe the `npm test` run around us (the repository as local prefix, the running script) or
 * vitest's own workers, or that switch ESLint's behaviour. The user's npm configuration (`npm_config_cache`,
 * registry, certificates) is kept, so the installs see the same cache as `npm ci` did.
 */
const notTheUsers =
  /^(?:VITEST|TINYPOOL|npm_(?:command|execpath|node_execpath|lifecycle_|package_|config_local_prefix$|config_user_agent$|config_npm_version$)|NODE_OPTIONS$|NODE_ENV$|ESLINT_|TIMING$|DEBUG$)/i;

/** The environment a user's shell would give a child process in a fresh terminal. */
export function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!notTheUsers.test(key)) env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** Runs a command without a shell and collects its output; never rejects on a non-zero exit (callers assert on it). */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

/** Runs a command that must succeed; a failure throws with the command's output, which is what one needs to see. */
export async function runOk(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` in ${options.cwd} exited with ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
    );
  }
  return result;
}
