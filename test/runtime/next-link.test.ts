/** Reading RFC 8288 Link headers: the `rel="next"` target among any others, whatever the spacing and quoting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextLink } from '../../templates/paginate.js';

describe('nextLink', () => {
  it('finds next among other relations, quoted or not, with several relation types and other parameters', () => {
    expect(nextLink('<https://a.example/x?page=2>; rel="next", <https://a.example/x?page=9>; rel="last"')).toBe('https://a.example/x?page=2');
    expect(nextLink('<https://a.example/x?page=9>; rel=last, <https://a.example/x?page=2>; rel=next')).toBe('https://a.example/x?page=2');
    expect(nextLink('</x?a=1,2>; title="a; b, c"; rel="prefetch next"')).toBe('/x?a=1,2');
    expect(nextLink('<https://a.example/1>;REL="Next"')).toBe('https://a.example/1');
    expect(nextLink('<https://a.example/1>; rel="prev", <https://a.example/3>; rel="last"')).toBeUndefined();
    expect(nextLink('<https://a.example/1>; rel="nextish"')).toBeUndefined();
    expect(nextLink('garbage')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('returns the next target of any list of links (property)', () => {
    const target = fc.webUrl().filter((url) => !/[<>]/.test(url));
    const rel = fc.constantFrom('prev', 'last', 'first', 'self');
    fc.assert(
      fc.property(fc.array(fc.tuple(target, rel), { maxLength: 4 }), target, fc.nat(4), fc.boolean(), (others, next, at, quoted) => {
        const links = others.map(([url, r]) => `<${url}>; rel=${quoted ? `"${r}"` : r}`);
        links.splice(Math.min(at, links.length), 0, `<${next}>;rel=${quoted ? '"next"' : 'next'}`);
        expect(nextLink(links.join(', '))).toBe(next);
      }),
    );
  });
});
