import { describe, expect, it } from 'vitest';
import { createProgressLine } from '../../generator/report/progress-line.js';

/** A terminal-like stream that records what is written, and a clock the test moves. */
function setup(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  const line = createProgressLine({ isTTY, write: (text: string) => written.push(text) }, () => time);
  return { written, line, at: (ms: number) => (time = ms) };
}

describe('createProgressLine', () => {
  it('says nothing during the first second, then draws the stage and operation counts', () => {
    const { written, line, at } = setup(true);
    const progress = line.forApi('github');
    at(999);
    progress('loading');
    expect(written).toEqual([]);
    at(1000);
    progress('emitting', 200, 1223);
    expect(written).toEqual(['\r\u001b[2Kgithub: emitting 200/1,223 operations…']);
  });

  it("escapes control characters in the API's name (it may come from a spec's file name)", () => {
    const { written, line, at } = setup(true);
    const progress = line.forApi('evil\u001b]52;c;cHduZWQ=\u0007\u001b[1A');
    at(1000);
    progress('loading');
    expect(written).toEqual(['\r\u001b[2Kevil\\x1b]52;c;cHduZWQ=\\x07\\x1b[1A: loading…']);
  });

  it('redraws at most every 100 ms, but always draws the last count', () => {
    const { written, line, at } = setup(true);
    const progress = line.forApi('api');
    at(1000);
    progress('emitting', 100, 500);
    at(1050);
    progress('emitting', 200, 500);
    expect(written).toHaveLength(1);
    at(1060);
    progress('emitting', 500, 500);
    expect(written.at(-1)).toContain('500/500');
    at(1200);
    progress('writing');
    expect(written.at(-1)).toBe('\r\u001b[2Kapi: writing…');
  });

  it('erases the line once before other output, and only when it drew one', () => {
    const { written, line, at } = setup(true);
    line.clear();
    expect(written).toEqual([]);
    at(2000);
    line.forApi('api')('modelling');
    line.clear();
    line.clear();
    expect(written).toEqual(['\r\u001b[2Kapi: modelling…', '\r\u001b[2K']);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const { written, line, at } = setup(false);
    at(5000);
    line.forApi('api')('emitting', 1, 2);
    line.clear();
    expect(written).toEqual([]);
  });
});
