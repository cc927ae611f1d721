/**
 * Matches request paths against an operation's path template (`/files/{name}.{ext}`) in time linear in the path:
 * segment by segment, each parameter a non-empty run without `/`, the literals between them found from the right
 * (so earlier parameters take the longest values, as a greedy regular expression would). The regular expression
 * it replaces backtracked: `/{a}{b}{c}{d}x` against a 400-character path took 2 s, and each character more doubled
 * that.
 * @see https://spec.openapis.org/oas/v3.1.0#path-templating
 */

/** One segment of a template: literal text, then for each parameter its name and the literal after it. */
interface TemplateSegment {
  readonly head: string;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly tail: string }>;
}

/** A path template read once for matching. */
export interface PathTemplate {
  readonly segments: readonly TemplateSegment[];
  /** Parameter names in the template's order. */
  readonly names: readonly string[];
  /** Characters of literal text: more literal text means a more specific template (`/users/me` before `/users/{id}`). */
  readonly statics: number;
}

/** Reads `template` (`/pets/{petId}`). */
export function readPathTemplate(template: string): PathTemplate {
  const names: string[] = [];
  const segments = template.split('/').map((segment): TemplateSegment => {
    const parts = segment.split(/\{([^}]*)\}/);
    const parameters: Array<{ name: string; tail: string }> = [];
    for (let index = 1; index < parts.length; index += 2) {
      names.push(parts[index]!);
      parameters.push({ name: parts[index]!, tail: parts[index + 1]! });
    }
    return { head: parts[0]!, parameters };
  });
  return { segments, names, statics: template.replace(/\{[^}]*\}/g, '').length };
}

/** The raw (still percent-encoded) parameter values in the template's order when `path` matches it (one trailing `/` allowed), else undefined. */
export function matchPathTemplate(template: PathTemplate, path: string): string[] | undefined {
  return matchExactly(template, path) ?? (path.endsWith('/') ? matchExactly(template, path.slice(0, -1)) : undefined);
}

function matchExactly(template: PathTemplate, path: string): string[] | undefined {
  const parts = path.split('/');
  if (parts.length !== template.segments.length) return undefined;
  const values: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const found = matchSegment(template.segments[index]!, parts[index]!);
    if (found === undefined) return undefined;
    values.push(...found);
  }
  return values;
}

/**
 * The segment's parameter values. Found from the right: the last literal ends the text, and each literal before
 * it is the rightmost that leaves the parameter after it a character, so earlier parameters get the longest values
 * (a choice further left could only leave them less room).
 */
function matchSegment(segment: TemplateSegment, text: string): string[] | undefined {
  const { head, parameters } = segment;
  if (parameters.length === 0) return text === head ? [] : undefined;
  const last = parameters.length - 1;
  if (!text.startsWith(head) || !text.endsWith(parameters[last]!.tail)) return undefined;
  // Where each parameter's value ends (its tail starts).
  const ends: number[] = [];
  ends[last] = text.length - parameters[last]!.tail.length;
  for (let index = last - 1; index >= 0; index--) {
    const { tail } = parameters[index]!;
    const latest = ends[index + 1]! - 1 - tail.length;
    const at = latest < 0 ? -1 : text.lastIndexOf(tail, latest);
    if (at < 0) return undefined;
    ends[index] = at;
  }
  const values: string[] = [];
  let start = head.length;
  for (let index = 0; index <= last; index++) {
    if (ends[index]! <= start) return undefined;
    values.push(text.slice(start, ends[index]));
    start = ends[index]! + parameters[index]!.tail.length;
  }
  return values;
}
