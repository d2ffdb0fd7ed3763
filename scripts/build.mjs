/**
 * `npm run build`: tsdown through its API, with `tsdown.config.ts`; `--out-dir <dir>` builds elsewhere (the build test).
 *
 * Why not the `tsdown` command: tsdown 0.21.10 is pinned because it is the last release that runs on Node 20 (0.22 and
 * later need Node 22.18), and this package supports Node ^20.19 for its users and contributors alike. The command's
 * entry script (`tsdown/dist/run.mjs`, not the bundler) prints on every run under Node < 22.18 that "Node.js 20 is
 * deprecated" and that the next tsdown minor drops it: a notice about upgrading tsdown, which the pin answers, not about
 * this build. The API builds the same way from the same config without that check. Upgrading tsdown past 0.21 means
 * requiring Node 22.18 to build (not to use: `dist/` targets node20 either way).
 */
import { parseArgs } from 'node:util';
import { build } from 'tsdown';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' } } });
await build(values['out-dir'] ? { outDir: values['out-dir'] } : {});
