import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The command as installed: package.json `bin`, built by `npm run build` (which `npm test` runs first). */
export function cliPath(): string {
  const manifest = JSON.parse(readFileSync(new URL('package.json', `file://${repoRoot}`), 'utf8')) as { bin: Record<string, string> };
  const path = fileURLToPath(new URL(manifest.bin['okta-oie-report']!, `file://${repoRoot}`));
  if (!existsSync(path)) throw new Error(`${path} is missing: build first (npm run build; npm test does)`);
  return path;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `okta-oie-report` in a child process, the way a user's shell would. */
export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath(), ...args], { cwd, env: { ...process.env, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
