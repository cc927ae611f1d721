/**
 * One status line on a terminal for long runs: the API, the stage, and operation counts while emitting. It stays
 * silent for the first second (short runs print nothing extra), redraws at most every 100 ms, and is erased before
 * anything else is printed. Updates come synchronously from the pipeline, so no timer keeps the process alive.
 */
import { printable } from './terminal-text.js';

/** What the pipeline reports: a stage, and for the emit stage how many operations are done. */
export type Progress = (stage: ProgressStage, done?: number, total?: number) => void;
export type ProgressStage = 'loading' | 'modelling' | 'emitting' | 'formatting' | 'writing';

/** The stream the line is drawn on: a terminal's stderr in the CLI. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

const QUIET_MS = 1000;
const REDRAW_MS = 100;

/** A progress line on `stream`; a no-op unless `stream` is a terminal. `now` is injectable for tests. */
export function createProgressLine(stream: ProgressStream, now: () => number = Date.now): { forApi(name: string): Progress; clear(): void } {
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  const clear = () => {
    if (drawn) stream.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    forApi(name) {
      return (stage, done, total) => {
        if (!stream.isTTY) return;
        const at = now();
        if (at - started < QUIET_MS || (at - lastDraw < REDRAW_MS && done !== total)) return;
        lastDraw = at;
        const counts = total === undefined ? '' : ` ${(done ?? 0).toLocaleString('en')}/${total.toLocaleString('en')} operations`;
        // The API's name may come from a spec's file name: the only text here a terminal could act on.
        stream.write(`\r\u001b[2K${printable(name)}: ${stage}${counts}…`);
        drawn = true;
      };
    },
    clear,
  };
}
