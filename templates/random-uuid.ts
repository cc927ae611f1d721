/** Version 4 UUIDs from `crypto.getRandomValues`, which every runtime has. */

/**
 * A random (version 4) UUID. `crypto.randomUUID` is missing on pages that are not a secure context (plain `http:`
 * other than localhost); `getRandomValues` is there too, and is as random. Each `0`, `1` and `8` of the template
 * becomes a random hex digit; `8` keeps its top two bits (the variant), `4` stays (the version).
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-5.4
 */
export function randomUuid(): string {
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+digit / 4)))).toString(16),
  );
}
