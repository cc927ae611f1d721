/**
 * Tells whether a spec's `pattern` is safe to run on a backtracking regex engine (the one in every JavaScript
 * runtime), whatever string it meets: a pattern must be deterministic, and anchored. Deterministic: at every choice
 * it makes (which alternative, one more repetition or what follows, an optional part or what follows) the options
 * start with different characters, so a wrong option fails on its first character and backtracking never retries
 * more than one character per choice; anchored (`^…`): tried from one position only. Such a match takes time linear
 * in the string. Most patterns specs use are of this kind (`^[a-z0-9-]+$`, `^\d{4}-\d{2}-\d{2}$`,
 * `^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$`); `^(a+)+$` and `^\d+\d+$` are not. An unanchored pattern is safe when it
 * matches at most MAX_UNANCHORED characters. Anything outside the subset read here (lookarounds, back-references,
 * word boundaries, Unicode property escapes, surrogate pairs) is refused, as are long or deeply nested patterns.
 * @see https://www.regular-expressions.info/catastrophic.html
 */
import { codeUnits, complementOf, DIGITS, DOT, overlaps, single, SPACE, unionOf, WORD, type CodeUnitSet } from './code-unit-set.js';

type Node =
  | { readonly kind: 'chars'; readonly set: CodeUnitSet }
  | { readonly kind: 'sequence'; readonly items: readonly Node[] }
  | { readonly kind: 'choice'; readonly options: readonly Node[] }
  | { readonly kind: 'repeat'; readonly child: Node; readonly min: number; readonly max: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' };

/** Patterns longer than this are not read. */
const MAX_LENGTH = 1000;
/** Groups nested deeper than this are not read (the reader recurses once per group). */
const MAX_DEPTH = 32;
/** Repetition counts above this are not read. */
const MAX_COUNT = 1000;
/** An unanchored pattern is tried at every position of the string: it is safe when it matches at most this many characters. */
const MAX_UNANCHORED = 256;

/** Why a pattern is not run. */
class Refused extends Error {}

/** `true` when `pattern` runs in linear time on a backtracking engine (without flags), else why not. */
export function linearPattern(pattern: string): true | string {
  try {
    if (pattern.length > MAX_LENGTH) throw new Refused(`it is longer than ${MAX_LENGTH} characters`);
    new RegExp(pattern);
    const tree = new PatternReader(pattern).read();
    const alternatives = tree.kind === 'choice' ? tree.options : [tree];
    const anchored = alternatives.every((option) => option.kind === 'sequence' && option.items[0]?.kind === 'start');
    checkAnchors(tree);
    const problem = deterministic(tree, []);
    if (problem !== undefined) throw new Refused(problem);
    if (!anchored && longestMatch(tree) > MAX_UNANCHORED) throw new Refused('it is not anchored with ^ and can match long strings');
    return true;
  } catch (error) {
    if (error instanceof Refused) return error.message;
    if (error instanceof SyntaxError) return 'it is not a valid regular expression';
    throw error;
  }
}

/** Reads the subset of ECMAScript's pattern syntax (without flags) that the determinism check understands. */
class PatternReader {
  private at = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  read(): Node {
    const node = this.choice();
    if (this.at < this.text.length) throw new Refused(`an unexpected "${this.text[this.at]}"`);
    return node;
  }

  private choice(): Node {
    const options = [this.sequence()];
    while (this.text[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'choice', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.at < this.text.length && this.text[this.at] !== '|' && this.text[this.at] !== ')') {
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (quantifier === undefined) items.push(atom);
      else if (atom.kind === 'start' || atom.kind === 'end') throw new Refused('a repeated anchor');
      else items.push({ kind: 'repeat', child: atom, ...quantifier });
    }
    return { kind: 'sequence', items };
  }

  private atom(): Node {
    const char = this.text[this.at++]!;
    switch (char) {
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '.':
        return { kind: 'chars', set: DOT };
      case '[':
        return { kind: 'chars', set: this.characterClass() };
      case '\\':
        return { kind: 'chars', set: this.escape(false) };
      case '(':
        return this.group();
      case ')':
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Refused(`a "${char}" where a character belongs`);
      default:
        return { kind: 'chars', set: this.literal(char) };
    }
  }

  private group(): Node {
    if (this.text.startsWith('?:', this.at)) this.at += 2;
    else if (/^\?<[A-Za-z_$][\w$]*>/.test(this.text.slice(this.at, this.at + 40))) this.at = this.text.indexOf('>', this.at) + 1;
    else if (this.text[this.at] === '?') throw new Refused('a lookaround');
    if (++this.depth > MAX_DEPTH) throw new Refused(`groups nested more than ${MAX_DEPTH} deep`);
    const inner = this.choice();
    this.depth--;
    if (this.text[this.at++] !== ')') throw new Refused('an unclosed group');
    return inner;
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (each maybe lazy), or undefined when none follows. */
  private quantifier(): { min: number; max: number } | undefined {
    const char = this.text[this.at];
    let counts: { min: number; max: number } | undefined;
    if (char === '*') counts = { min: 0, max: Infinity };
    else if (char === '+') counts = { min: 1, max: Infinity };
    else if (char === '?') counts = { min: 0, max: 1 };
    if (counts !== undefined) this.at++;
    else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at, this.at + 24));
      if (match === null) throw new Refused('a "{" that is no repetition count');
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT) || max < min) throw new Refused(`a repetition count over ${MAX_COUNT}`);
      counts = { min, max };
      this.at += match[0].length;
    } else return undefined;
    if (this.text[this.at] === '?') this.at++;
    if (/^[*+?{]/.test(this.text[this.at] ?? '')) throw new Refused('a quantifier on a quantifier');
    return counts;
  }

  /** `[…]`, after its `[`. */
  private characterClass(): CodeUnitSet {
    const negated = this.text[this.at] === '^';
    if (negated) this.at++;
    let set: CodeUnitSet = [];
    // `[]` matches nothing and `[^]` anything, as ECMAScript reads them.
    while (this.text[this.at] !== ']') {
      if (this.at >= this.text.length) throw new Refused('an unclosed character class');
      const low = this.classAtom();
      if (this.text[this.at] === '-' && this.text[this.at + 1] !== ']' && this.at + 1 < this.text.length) {
        this.at++;
        const high = this.classAtom();
        if (low.length !== 1 || high.length !== 1 || low[0]![0] !== low[0]![1] || high[0]![0] !== high[0]![1]) throw new Refused('a range between classes');
        set = unionOf(set, codeUnits([low[0]![0], high[0]![0]]));
      } else set = unionOf(set, low);
    }
    this.at++;
    return negated ? complementOf(set) : set;
  }

  private classAtom(): CodeUnitSet {
    const char = this.text[this.at++]!;
    if (char === '\\') return this.escape(true);
    return this.literal(char);
  }

  /** An escape, after its `\`; in a class, `\b` is a backspace. */
  private escape(inClass: boolean): CodeUnitSet {
    const char = this.text[this.at++];
    if (char === undefined) throw new Refused('a pattern ending in "\\"');
    const sets: Record<string, CodeUnitSet> = { d: DIGITS, D: complementOf(DIGITS), w: WORD, W: complementOf(WORD), s: SPACE, S: complementOf(SPACE) };
    const controls: Record<string, number> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
    if (char in sets) return sets[char]!;
    if (char in controls) return single(controls[char]!);
    if (char === 'b' && inClass) return single(0x08);
    if (char === '0' && !/\d/.test(this.text[this.at] ?? '')) return single(0);
    const hex = char === 'x' ? /^[0-9A-Fa-f]{2}/.exec(this.text.slice(this.at)) : char === 'u' ? /^[0-9A-Fa-f]{4}/.exec(this.text.slice(this.at)) : null;
    if (hex !== null) {
      this.at += hex[0].length;
      return this.codeUnit(parseInt(hex[0], 16));
    }
    // Any other letter or digit means something else in some mode (`\b`, `\1`, `\p`, `\k`, `\c`): refused.
    if (/[A-Za-z0-9]/.test(char)) throw new Refused(`the escape "\\${char}"`);
    return this.literal(char);
  }

  private literal(char: string): CodeUnitSet {
    return this.codeUnit(char.charCodeAt(0));
  }

  private codeUnit(code: number): CodeUnitSet {
    if (code >= 0xd800 && code <= 0xdfff) throw new Refused('a character outside the Basic Multilingual Plane');
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) throw new Refused('a line break');
    return single(code);
  }
}

/** `^` only at the start and `$` only at the end of the whole pattern (or of each top-level alternative). */
function checkAnchors(tree: Node): void {
  const alternatives = tree.kind === 'choice' ? tree.options : [tree];
  const misplaced = (node: Node): boolean => {
    switch (node.kind) {
      case 'start':
      case 'end':
        return true;
      case 'sequence':
        return node.items.some(misplaced);
      case 'choice':
        return node.options.some(misplaced);
      case 'repeat':
        return misplaced(node.child);
      default:
        return false;
    }
  };
  for (const option of alternatives) {
    const items = option.kind === 'sequence' ? option.items : [option];
    if (items.some((item, index) => (item.kind === 'start' && index !== 0) || (item.kind === 'end' && index !== items.length - 1) || (item.kind !== 'start' && item.kind !== 'end' && misplaced(item)))) {
      throw new Refused('an anchor inside the pattern');
    }
  }
}

function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'sequence':
      return node.items.every(nullable);
    case 'choice':
      return node.options.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.child);
    default:
      return true;
  }
}

/** The characters a match of `node` can start with. */
function firstOf(node: Node): CodeUnitSet {
  switch (node.kind) {
    case 'chars':
      return node.set;
    case 'sequence': {
      let set: CodeUnitSet = [];
      for (const item of node.items) {
        set = unionOf(set, firstOf(item));
        if (!nullable(item)) break;
      }
      return set;
    }
    case 'choice':
      return node.options.reduce<CodeUnitSet>((set, option) => unionOf(set, firstOf(option)), []);
    case 'repeat':
      return firstOf(node.child);
    default:
      return [];
  }
}

/** Why `node`, followed by characters in `follow`, has a choice whose options can start alike; undefined when it has none. */
function deterministic(node: Node, follow: CodeUnitSet): string | undefined {
  switch (node.kind) {
    case 'sequence': {
      let after = follow;
      for (let index = node.items.length - 1; index >= 0; index--) {
        const item = node.items[index]!;
        const problem = deterministic(item, after);
        if (problem !== undefined) return problem;
        after = nullable(item) ? unionOf(firstOf(item), after) : firstOf(item);
      }
      return undefined;
    }
    case 'choice': {
      const firsts = node.options.map(firstOf);
      if (node.options.filter(nullable).length > 1) return 'two alternatives can both match nothing';
      for (let i = 0; i < firsts.length; i++) {
        for (let j = i + 1; j < firsts.length; j++) if (overlaps(firsts[i]!, firsts[j]!)) return 'two alternatives can start with the same character';
        if (node.options.some(nullable) && !nullable(node.options[i]!) && overlaps(firsts[i]!, follow)) return 'an alternative can start like what follows an empty one';
      }
      for (const option of node.options) {
        const problem = deterministic(option, follow);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'repeat': {
      if (nullable(node.child)) return 'a repetition of something that can match nothing';
      const first = firstOf(node.child);
      if (node.max > node.min && overlaps(first, follow)) return 'a repetition can start like what follows it';
      return deterministic(node.child, node.max > 1 ? unionOf(first, follow) : follow);
    }
    default:
      return undefined;
  }
}

/** The most characters `node` can match (Infinity when unbounded). */
function longestMatch(node: Node): number {
  switch (node.kind) {
    case 'chars':
      return 1;
    case 'sequence':
      return node.items.reduce((sum, item) => sum + longestMatch(item), 0);
    case 'choice':
      return Math.max(0, ...node.options.map(longestMatch));
    case 'repeat':
      return node.max === Infinity ? Infinity : node.max * longestMatch(node.child);
    default:
      return 0;
  }
}
