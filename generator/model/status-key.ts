/** The key of a documented response as the spec writes it. */
import type { ResponseModel } from './types.js';

/** The key of a response in the spec and in the `…Errors` map: `404`, `4XX`, `default`. */
export function statusKey(response: ResponseModel): string {
  switch (response.status.kind) {
    case 'status-code':
      return String(response.status.code);
    case 'status-range':
      return `${response.status.range}XX`;
    case 'status-default':
      return 'default';
  }
}
