/** The real-world specs the corpus tests read: every spec under the corpus's `real/` folder, and GitHub's REST spec. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, corpusPresent } from './corpus-present.js';
import { githubSpecFile } from './github-spec.js';

/**
 * Spec files of `../shared/corpus/real` (or `$CORPUS_DIR/real`), then GitHub's (pinned in test/github-spec/).
 * Without the corpus, GitHub's alone, after `corpusPresent` has said so (or thrown, under REQUIRE_CORPUS=1).
 */
export function realSpecFiles(skipped: string): string[] {
  const corpus = join(corpusDir, 'real');
  const files = corpusPresent(skipped, corpus)
    ? readdirSync(corpus).flatMap((folder) =>
        readdirSync(join(corpus, folder))
          .filter((file) => /\.(ya?ml|json)$/.test(file))
          .map((file) => join(corpus, folder, file)),
      )
    : [];
  return [...files, githubSpecFile()];
}
