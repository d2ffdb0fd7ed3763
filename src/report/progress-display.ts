import { relative } from 'node:path';
import { plural } from './text.js';

export interface ProgressDisplay {
  /** ESLint started on a file. */
  file(filePath: string): void;
  /** A step of the run (linting, writing) began or ended. */
  step(text: string): void;
  /** The run is over: clear the live line. */
  stop(): void;
}

interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const silent: ProgressDisplay = { file() {}, step() {}, stop() {} };

const spinner = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** A terminal line is redrawn at most this often; a log gets a line this often. */
const redrawMs = 80;
const logEveryMs = 2_000;

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * Progress on stderr: a live line on a terminal (`\r` redraws), plain lines every two seconds otherwise (`--progress` in
 * CI logs), nothing at all when off. stdout stays clean for the command's summary.
 */
export function createProgress(stream: Stream, enabled: boolean, cwd: string): ProgressDisplay {
  if (!enabled) return silent;
  const live = stream.isTTY === true;
  const started = Date.now();
  let files = 0;
  let lastDraw = 0;
  let frame = 0;
  let lineShown = false;

  const clear = () => {
    if (live && lineShown) stream.write('\r\x1b[2K');
    lineShown = false;
  };

  return {
    file(filePath) {
      files += 1;
      const now = Date.now();
      if (live) {
        if (now - lastDraw < redrawMs) return;
        lastDraw = now;
        frame = (frame + 1) % spinner.length;
        const width = Math.max(40, (stream.columns ?? 100) - 1);
        const text = `${spinner[frame]} Linting: ${plural(files, 'file')}, ${seconds(started)}  ${relative(cwd, filePath)}`;
        stream.write(`\r\x1b[2K${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
        lineShown = true;
      } else if (now - lastDraw >= logEveryMs) {
        lastDraw = now;
        stream.write(`Linting: ${plural(files, 'file')}, ${seconds(started)}\n`);
      }
    },
    step(text) {
      clear();
      stream.write(`${text} (${seconds(started)})\n`);
      lastDraw = live ? 0 : Date.now();
    },
    stop() {
      clear();
    },
  };
}
