// The one check for URLs the UI links to or saves: http(s) only, as the schemas require.
import * as v from 'valibot';
import { HttpUrlSchema } from '../utils/schemas';

export function isHttpUrl(value: string): boolean {
  return v.is(HttpUrlSchema, value);
}
