import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A temporary folder outside the repository, shared by the end-to-end test files of one run. */
    e2eRoot: string;
  }
}

/**
 * Creates the shared temporary folder of the end-to-end tests and removes it after the run. It only makes an empty
 * folder: the tarball and the consumer installs are made on first use by the e2e test files (see
 * `helpers/consumers.ts`), so a run of the unit tests alone pays nothing for them.
 * `OKTA_OIE_E2E_KEEP=1` keeps the folder for a look after a failure.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'okta-oie-e2e-'));
  project.provide('e2eRoot', root);
  return async () => {
    if (process.env.OKTA_OIE_E2E_KEEP === '1') {
      console.log(`e2e folder kept: ${root}`);
      return;
    }
    await rm(root, { recursive: true, force: true });
  };
}
