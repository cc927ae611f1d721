/** A file of a generated client, in memory until the write stage puts it on disk. */
export interface GeneratedFile {
  /** Path relative to the client's output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
}
