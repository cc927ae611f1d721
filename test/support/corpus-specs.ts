/** The real-world specs the corpus tests read: every spec under the corpus's `real/` folder, and GitHub's REST spec. */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** Spec files of `../shared/corpus/real` (or `$CORPUS_DIR/real`), then GitHub's from the `@octokit/openapi` devDependency. */
export function realSpecFiles(): string[] {
  const corpus = resolve(process.env.CORPUS_DIR ?? '../shared/corpus', 'real');
  const github = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const files = readdirSync(corpus).flatMap((folder) =>
    readdirSync(join(corpus, folder))
      .filter((file) => /\.(ya?ml|json)$/.test(file))
      .map((file) => join(corpus, folder, file)),
  );
  return [...files, github];
}
