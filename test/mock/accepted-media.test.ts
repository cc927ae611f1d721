/** acceptedMedia: HTTP content negotiation over a response's documented media types, by Accept and its q-values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedMedia } from '../../generator/mock/accepted-media.js';
import type { MediaTypeModel } from '../../generator/model/types.js';

const media = (mediaType: string): MediaTypeModel => ({ kind: 'media-type', mediaType, format: 'json' });
/** JSON first, as the model orders a response's media types. */
const CONTENTS = [media('application/json'), media('text/event-stream'), media('application/x-ndjson')];

describe('acceptedMedia', () => {
  const table: Array<{ given: string | undefined; want: string[] }> = [
    { given: undefined, want: ['application/json', 'text/event-stream', 'application/x-ndjson'] },
    { given: '', want: ['application/json', 'text/event-stream', 'application/x-ndjson'] },
    { given: 'not a media range', want: ['application/json', 'text/event-stream', 'application/x-ndjson'] },
    { given: 'application/json, text/event-stream', want: ['application/json', 'text/event-stream'] },
    { given: 'text/event-stream, application/json', want: ['application/json', 'text/event-stream'] },
    { given: 'application/json;q=0.5, text/event-stream', want: ['text/event-stream', 'application/json'] },
    { given: 'TEXT/EVENT-STREAM; Q=0.2, application/json;q=0.1', want: ['text/event-stream', 'application/json'] },
    { given: 'text/*', want: ['text/event-stream'] },
    { given: 'application/*;q=0.3, application/x-ndjson', want: ['application/x-ndjson', 'application/json'] },
    { given: '*/*;q=0.1, text/event-stream;q=0.2', want: ['text/event-stream', 'application/json', 'application/x-ndjson'] },
    { given: 'application/json;q=0, */*', want: ['text/event-stream', 'application/x-ndjson'] },
    { given: 'text/event-stream;q=0', want: [] },
    { given: 'image/png', want: [] },
    { given: 'application/json;charset=utf-8;q=0.7, text/event-stream;q=0.7', want: ['application/json', 'text/event-stream'] },
    { given: 'text/event-stream;q=2, application/json;q=0.9', want: ['text/event-stream', 'application/json'] },
  ];
  it.each(table)('$given', ({ given, want }) => {
    expect(acceptedMedia(CONTENTS, given).map((m) => m.mediaType)).toEqual(want);
  });

  it('never throws and only ever returns documented media types, each once (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (accept) => {
        const chosen = acceptedMedia(CONTENTS, accept);
        expect(new Set(chosen).size).toBe(chosen.length);
        for (const item of chosen) expect(CONTENTS).toContain(item);
      }),
    );
  });
});
