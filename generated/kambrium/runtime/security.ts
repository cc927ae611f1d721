// @ts-nocheck
// Copied from the generator's templates/security.ts, which the generator type-checks. Do not edit.
/**
 * Security scheme appliers: the generated `client.ts` names one per scheme of the spec, so a client carries only
 * the kinds it uses.
 * @see https://spec.openapis.org/oas/v3.1.0#security-scheme-object
 */
import type { SecuritySchemeDescriptor } from './client.js';
import { addCookie } from './operation.js';

/** `http` bearer, OAuth 2 and OpenID Connect: `Authorization: Bearer <token>`. */
export const bearerScheme: SecuritySchemeDescriptor = (parts, token) => parts.headers.set('Authorization', `Bearer ${token}`);

/** `http` basic: the credential is `user:password`, sent base64-encoded. */
export const basicScheme: SecuritySchemeDescriptor = (parts, credential) => parts.headers.set('Authorization', `Basic ${btoa(credential)}`);

/** `apiKey` in a header, the query or a cookie. */
export function apiKeyScheme(location: 'header' | 'query' | 'cookie', name: string): SecuritySchemeDescriptor {
  return (parts, key) => {
    if (location === 'header') parts.headers.set(name, key);
    else if (location === 'query') parts.query.push(`${encodeURIComponent(name)}=${encodeURIComponent(key)}`);
    else addCookie(parts, `${name}=${encodeURIComponent(key)}`);
  };
}
