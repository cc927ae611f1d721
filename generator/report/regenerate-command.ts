/**
 * The command that writes what `--check` found stale: the user's own invocation without `--check`, as they ran it
 * (`npm run generate` when an npm script ran the generator, `openapi-client generate …` otherwise).
 */

/** Shell words for `argv` without `--check`, and the npm script that ran us (its own arguments left out) if one did. */
export function regenerateCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): string {
  let args = argv.filter((arg) => arg !== '--check');
  const script = env.npm_lifecycle_event;
  const words = (env.npm_lifecycle_script ?? '').trim().split(/\s+/);
  const entry = words.findIndex((word) => /(^|[/\\])(cli\.[cm]?[jt]s|openapi-client)$/.test(word));
  // Only a script that runs the generator itself, and not as a check (a test runner's script runs us too).
  if (script !== undefined && /^[\w:.-]+$/.test(script) && entry !== -1 && !words.includes('--check')) {
    // The script's own words after the generator's entry (`tsx generator/cli.ts --specs x`): npm passed them first.
    const own = words.slice(entry + 1).filter((word) => word !== 'generate');
    if (own.length > 0 && own.every((word, index) => args[index] === word)) args = args.slice(own.length);
    args = args.filter((arg) => arg !== 'generate');
    return `npm run ${script}${args.length > 0 ? ` -- ${args.map(shellWord).join(' ')}` : ''}`;
  }
  return ['openapi-client', 'generate', ...args.filter((arg) => arg !== 'generate').map(shellWord)].join(' ');
}

/** An argument as a POSIX shell reads it back: bare when it is plain, single-quoted otherwise. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
