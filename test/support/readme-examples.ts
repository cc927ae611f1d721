/** The TypeScript examples of a generated client's README, written beside the client so that tsc can check them. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The fenced ```ts blocks of a markdown text, in order. */
export function typescriptBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

/** Writes each ```ts block of `folder`/README.md as `readme-example-<n>.ts` in `folder`; returns the files written. */
export async function writeReadmeExamples(folder: string): Promise<string[]> {
  const markdown = await readFile(join(folder, 'README.md'), 'utf8').catch(() => '');
  const files: string[] = [];
  for (const [index, block] of typescriptBlocks(markdown).entries()) {
    const file = join(folder, `readme-example-${index + 1}.ts`);
    await writeFile(file, block);
    files.push(file);
  }
  return files;
}
