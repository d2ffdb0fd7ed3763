import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const inThisProcess = new Map<string, Promise<string>>();

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Makes `root/key` once per test run, even when several vitest workers ask for it at the same time: the first
 * caller creates the folder (mkdir is atomic) and does the work; the others wait for its `.done` marker.
 * Resolves to the folder's path. A failure is recorded, so the waiting callers fail with the same message.
 */
export function sharedOnce(root: string, key: string, make: (dir: string) => Promise<void>, timeoutMs = 300_000): Promise<string> {
  const dir = join(root, key);
  let pending = inThisProcess.get(dir);
  if (!pending) {
    pending = claimOrWait(dir, make, timeoutMs);
    inThisProcess.set(dir, pending);
  }
  return pending;
}

async function claimOrWait(dir: string, make: (dir: string) => Promise<void>, timeoutMs: number): Promise<string> {
  const done = join(dir, '.done');
  const failed = join(dir, '.failed');
  let claimed = true;
  try {
    await mkdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    claimed = false;
  }
  if (claimed) {
    try {
      await make(dir);
    } catch (error) {
      await writeFile(failed, String((error as Error).stack ?? error));
      throw error;
    }
    await writeFile(done, '');
    return dir;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await exists(done)) return dir;
    if (await exists(failed)) throw new Error(`Preparing ${dir} failed in another worker:\n${await readFile(failed, 'utf8')}`);
    await sleep(200);
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for another worker to prepare ${dir}.`);
}
