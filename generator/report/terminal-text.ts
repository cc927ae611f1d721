/**
 * Text from untrusted input (specs, file names, requests to the mock, servers' answers) made safe to print on a
 * terminal: control characters (C0, DEL, C1, and the bidirectional and line/paragraph separators a terminal or
 * editor acts on) are written as escapes (`\x1b`, `\u202e`), so no input can move the cursor, erase a line, set
 * the window title or write the clipboard (OSC 52). Long texts are clipped with a note of how much was left out.
 */

/** Characters a terminal acts on rather than shows: C0 but tab, DEL, C1, bidi controls, line/paragraph separators. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character a terminal would act on written as an escape; `keepNewlines` leaves `\n` as is. */
export function printable(text: string, keepNewlines = false): string {
  return text.replace(UNSAFE, (char) => {
    if (keepNewlines && char === '\n') return char;
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** `text` cut to at most `max` characters (never inside a surrogate pair), saying how many were left out. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}… (${(text.length - end).toLocaleString('en')} more characters)`;
}
