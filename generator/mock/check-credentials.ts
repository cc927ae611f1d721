/** Whether a request carries the credentials its operation requires, for the mock server's 401. */
import type { ApiModel, OperationModel } from '../model/types.js';
import type { MockRequest } from './answer-request.js';

/** True when one alternative of the operation's security requirements is met (an empty alternative means none is needed). */
export function hasCredentials(model: ApiModel, operation: OperationModel, headers: MockRequest['headers'], query: string): boolean {
  if (operation.security.length === 0) return true;
  const authorization = headers.authorization ?? '';
  const queryNames = new Set(query.split('&').map((pair) => decodeSafely(pair.split('=')[0] ?? '')));
  const cookie = headers.cookie ?? '';
  return operation.security.some((alternative) =>
    alternative.every((key) => {
      const scheme = model.securitySchemes.find((candidate) => candidate.key === key);
      if (scheme === undefined || scheme.type === 'unsupported') return true;
      if (scheme.type === 'bearer') return /^bearer\s+\S/i.test(authorization);
      if (scheme.type === 'basic') return /^basic\s+\S/i.test(authorization);
      const name = scheme.parameterName ?? '';
      if (scheme.in === 'query') return queryNames.has(name);
      if (scheme.in === 'cookie') return cookie.split(/;\s*/).some((pair) => pair.startsWith(`${name}=`));
      return (headers[name.toLowerCase()] ?? '') !== '';
    }),
  );
}

/** `text` percent-decoded, or as it is when it is not valid percent-encoding (such a name matches no scheme's). */
function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
