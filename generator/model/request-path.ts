/** The path a request is sent to, from the path key a spec writes. */

/**
 * The path template without its `#fragment`. Some specs key operations that share a path by a fragment
 * (`/files/{file_id}#get_shared_link`); a URL's fragment never reaches the server, and fetch takes everything after
 * `#` (the query string included) for the fragment.
 */
export function requestPath(path: string): string {
  const hash = path.indexOf('#');
  return hash === -1 ? path : path.slice(0, hash);
}
