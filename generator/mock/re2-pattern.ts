/**
 * Rewrites a schema `pattern` (an ECMAScript regular expression, read with the `u` flag as JSON Schema asks) into
 * RE2's syntax with the same meaning, so a linear-time engine can match it: `\s`, `\S` and `.` spelled out with
 * ECMAScript's own character sets (RE2's are narrower or wider), `\uXXXX` and surrogate pairs as code points,
 * `[^]` and `[]`, named groups, and Unicode property names RE2 spells differently. What RE2 cannot match in
 * linear time (lookarounds, back-references) is refused with the reason.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-6.4
 * @see https://github.com/google/re2/wiki/Syntax
 */

/** Thrown for a pattern that uses what a linear-time matcher cannot do; `message` says what, in a few words. */
export class UnsupportedPattern extends Error {}

/** ECMAScript's WhiteSpace and LineTerminator code points, the set `\s` matches, as the inside of an RE2 class. */
const SPACE = '\\x{9}-\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
/** Every code point `\S` matches (the complement of SPACE), as the inside of an RE2 class. */
const NOT_SPACE =
  '\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{9f}\\x{a1}-\\x{167f}\\x{1681}-\\x{1fff}\\x{200b}-\\x{2027}\\x{202a}-\\x{202e}\\x{2030}-\\x{205e}\\x{2060}-\\x{2fff}\\x{3001}-\\x{fefe}\\x{ff00}-\\x{10ffff}';
/** What ECMAScript's `.` matches without the `s` flag: anything but a line terminator. */
const DOT = '[^\\x{a}\\x{d}\\x{2028}\\x{2029}]';

/** ECMAScript's long General_Category names, as RE2 spells them. */
const CATEGORIES: Readonly<Record<string, string>> = {
  Letter: 'L', Cased_Letter: 'L', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', digit: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', punct: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe', Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', cntrl: 'Cc', Format: 'Cf', Unassigned: 'Cn', Private_Use: 'Co', Surrogate: 'Cs',
};

/** `pattern` in RE2's syntax; throws UnsupportedPattern for lookarounds and back-references. `pattern` must compile with the `u` flag. */
export function toRe2Pattern(pattern: string): string {
  let out = '';
  let at = 0;
  let inClass = false;
  while (at < pattern.length) {
    const char = pattern[at]!;
    if (char === '\\') {
      const [text, length] = escape(pattern, at, inClass);
      out += text;
      at += length;
      continue;
    }
    if (inClass) {
      if (char === ']') inClass = false;
      // A `[` inside a class is a literal in ECMAScript; RE2 would read `[:` as the start of a POSIX class.
      out += char === '[' ? '\\[' : char;
      at++;
      continue;
    }
    if (char === '[') {
      if (pattern.startsWith('[^]', at)) {
        out += '[\\x{0}-\\x{10ffff}]';
        at += 3;
      } else if (pattern.startsWith('[]', at)) {
        out += '[^\\x{0}-\\x{10ffff}]';
        at += 2;
      } else {
        inClass = true;
        const negated = pattern[at + 1] === '^';
        out += negated ? '[^' : '[';
        at += negated ? 2 : 1;
      }
      continue;
    }
    if (char === '.') {
      out += DOT;
      at++;
      continue;
    }
    if (char === '(' && pattern[at + 1] === '?') {
      const next = pattern[at + 2];
      if (next === '=' || next === '!') throw new UnsupportedPattern(`it uses a lookahead "(?${next}", which cannot be matched in linear time`);
      if (next === '<' && (pattern[at + 3] === '=' || pattern[at + 3] === '!')) throw new UnsupportedPattern(`it uses a lookbehind "(?<${pattern[at + 3]}", which cannot be matched in linear time`);
      if (next === '<') {
        out += '(?P<';
        at += 3;
        continue;
      }
    }
    out += char;
    at++;
  }
  return out;
}

/** One escape at `at` (the backslash): its RE2 text and how many characters of `pattern` it took. */
function escape(pattern: string, at: number, inClass: boolean): [string, number] {
  const next = pattern[at + 1] ?? '';
  switch (next) {
    case 's':
      return [inClass ? SPACE : `[${SPACE}]`, 2];
    case 'S':
      return [inClass ? NOT_SPACE : `[${NOT_SPACE}]`, 2];
    case 'b':
      // Inside a class `\b` is a backspace; outside, a word boundary as in RE2.
      return [inClass ? '\\x{8}' : '\\b', 2];
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'B':
      return [`\\${next}`, 2];
    case 't':
      return ['\\x{9}', 2];
    case 'n':
      return ['\\x{a}', 2];
    case 'v':
      return ['\\x{b}', 2];
    case 'f':
      return ['\\x{c}', 2];
    case 'r':
      return ['\\x{d}', 2];
    case '0':
      return ['\\x{0}', 2];
    case 'c':
      return [`\\x{${((pattern.charCodeAt(at + 2) % 32) >>> 0).toString(16)}}`, 3];
    case 'x':
      return [`\\x{${pattern.slice(at + 2, at + 4)}}`, 4];
    case 'u':
      return unicodeEscape(pattern, at);
    case 'k':
      throw new UnsupportedPattern('it uses a back-reference (\\k<…>), which cannot be matched in linear time');
    case 'p':
    case 'P':
      return propertyEscape(pattern, at, next);
    default:
      if (/[1-9]/.test(next)) throw new UnsupportedPattern(`it uses a back-reference (\\${next}), which cannot be matched in linear time`);
      // The `u` flag allows only syntax characters (and `-` in a class) here: all literal in RE2 too.
      return [`\\${next}`, 2];
  }
}

/** `\uXXXX` (joined with a following low surrogate's escape into one code point) or `\u{X…}`. */
function unicodeEscape(pattern: string, at: number): [string, number] {
  if (pattern[at + 2] === '{') {
    const end = pattern.indexOf('}', at);
    return [`\\x{${pattern.slice(at + 3, end)}}`, end - at + 1];
  }
  const unit = parseInt(pattern.slice(at + 2, at + 6), 16);
  const low = /^\\u[dD][c-fC-F][0-9a-fA-F]{2}/.test(pattern.slice(at + 6, at + 12)) ? parseInt(pattern.slice(at + 8, at + 12), 16) : undefined;
  if (unit >= 0xd800 && unit <= 0xdbff && low !== undefined) {
    return [`\\x{${(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)).toString(16)}}`, 12];
  }
  return [`\\x{${unit.toString(16)}}`, 6];
}

/** `\p{…}` with ECMAScript's names (`Script=Greek`, `Letter`) as RE2 spells them (`Greek`, `L`). */
function propertyEscape(pattern: string, at: number, letter: string): [string, number] {
  const end = pattern.indexOf('}', at);
  const body = pattern.slice(at + 3, end);
  const [key, value] = body.includes('=') ? (body.split('=') as [string, string]) : [undefined, body];
  if (key === 'Script_Extensions' || key === 'scx') throw new UnsupportedPattern(`it uses Script_Extensions (\\${letter}{${body}}), which the linear-time matcher does not know`);
  const name = CATEGORIES[value] ?? value;
  return [`\\${letter}{${name}}`, end - at + 1];
}
