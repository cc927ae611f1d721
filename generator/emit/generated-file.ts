/** A file of a generated client, in memory until the write stage puts it on disk. */
export interface GeneratedFile {
  /** Path relative to the client's output folder, with `/` separators. */
  readonly path: string;
  readonly content: string;
  /**
   * The content cut at top-level statement boundaries, for large files: each piece formats on its own, so the
   * formatter can spread one file over several threads. Joined with `\n`, the formatted pieces are the file.
   */
  readonly sections?: readonly string[];
  /** True when the emitter already wrote the file in its final form (data files), so the formatter leaves it as is. */
  readonly preformatted?: boolean;
}
