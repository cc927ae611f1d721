/** A file of a generated client, in memory until the write stage puts it on disk. */
export interface GeneratedFile {
  /** Path relative to the client's output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
  /** True when the file is data or copied as it is (the runtime), so the optional prettier pass leaves it alone. */
  readonly preformatted?: boolean;
}
