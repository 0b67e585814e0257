import { badUserInput } from '../gateway/errors.js';

/** Longest id accepted in an upstream path: no backend id comes close; longer is abuse. */
export const MAX_PATH_ID_LENGTH = 256;

// C0 and C1 control characters and DEL: never part of an id, and some proxies split or log on them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Why `id` cannot be one upstream path segment, or undefined when it can. `.` and `..` are refused
 * outright: URL resolution (WHATWG, and most servers) folds them, and their percent-encoded forms
 * (`%2e`) too, so no encoding keeps them a segment (`deleteReportTask(id: "..")` once sent
 * `DELETE /reports/` and deleted every completed task).
 */
export function pathSegmentProblem(id: string): string | undefined {
  if (id === '') return 'must not be empty';
  if (id === '.' || id === '..') return 'must not be "." or ".."';
  if (id.length > MAX_PATH_ID_LENGTH) return `must be at most ${MAX_PATH_ID_LENGTH} characters`;
  if (CONTROL.test(id)) return 'must not contain control characters';
  // A lone surrogate cannot be percent-encoded (encodeURIComponent throws URIError).
  if (/\p{Cs}/u.test(id)) return 'must be well-formed Unicode';
  return undefined;
}

/** Throws BAD_USER_INPUT naming `argument` unless `id` can be one path segment; returns `id`. */
export function checkPathId(id: string, argument: string): string {
  const problem = pathSegmentProblem(id);
  if (problem) throw badUserInput(`\`${argument}\` ${problem}`, argument);
  return id;
}

/**
 * `id` as exactly one RFC 3986 path segment (`pchar`): everything but unreserved characters
 * percent-encoded, except `:` and `@`, which pchar allows and the Reporter token contains. Every
 * URL builder puts ids into paths through here; invalid ids throw BAD_USER_INPUT before any request.
 */
export function pathSegment(id: string | number, argument = 'id'): string {
  const s = checkPathId(String(id), argument);
  return encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%40/gi, '@');
}
