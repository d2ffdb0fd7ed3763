import { defaultOutDir } from './args.js';
import { defaultCacheLocation } from './threaded-run.js';

/** `okta-oie-report --help`. Kept next to the options it describes (`args.ts`). */
export const helpText = `Usage: okta-oie-report [options] [paths...]

Lints the given files and folders (default: .) with eslint-plugin-okta-oie and writes a migration report:
an HTML page to open, Markdown for a pull-request comment and a JSON summary.

ESLint config: the one ESLint itself finds for the linted files (eslint.config.*). When there is none, the
plugin's recommended configs are used (JavaScript; TypeScript when @typescript-eslint/parser is installed;
JSON when @eslint/json is installed).

Options:
  -o, --out-dir <dir>     folder for report.html, report.md and report.json (default: ${defaultOutDir})
      --html <file>       write the HTML report here instead
      --markdown <file>   write the Markdown report here instead
      --json <file>       write the JSON summary here instead
  -p, --previous <file>   the report.json of an earlier run: show what was fixed since
                          (findings match by rule, file and the text of the reported line)
  -c, --config <file>     use this ESLint config file instead of looking one up
      --recommended       ignore any ESLint config; use the plugin's recommended configs
      --concurrency <n>   lint on worker threads, as eslint --concurrency: auto, off or a
                          number of threads (ESLint 9.34 or later, flat config)
      --cache             lint only files changed since the last run, as eslint --cache
      --cache-location <path>
                          where the cache lives (default: ${defaultCacheLocation})
      --title <text>      the report's title (default: the package name or folder name)
      --progress          show progress on stderr even when it is not a terminal
      --no-progress       never show progress
      --debug             print the stack trace of an error
  -h, --help              show this help
  -v, --version           show the version

Exit codes: 0 the report was written (whatever it found), 2 an error (bad option or path, ESLint config error).

Examples:
  npx okta-oie-report
  npx okta-oie-report src config --previous okta-oie-report/report.json
  npx okta-oie-report --recommended --out-dir build/okta-report .
  npx okta-oie-report --concurrency auto --cache packages
`;
