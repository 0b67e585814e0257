import { ErrorCode } from '../../gateway/errors.js';

/**
 * The one mapping table of Reporter error codes (the `error` field of the `{error, message, args}`
 * envelope, format `service.assertion_type.error_short_description`, reporter-api.md §1.2).
 *
 * The specs document no synchronous error codes (§1.2 GUESS), so the table holds what the specs
 * imply and what the simulator models; anything else keeps the HTTP status's code. It only refines
 * refusals (4xx other than 408/429; upstream/classify.ts): the status alone decides retries and the
 * write outcome, so a table entry can never turn a 5xx into something a client would not retry.
 *
 * Patterns match the whole code, case-insensitively; `*` stands for one dot-free segment.
 */
const TABLE: ReadonlyArray<readonly [pattern: string, code: ErrorCode, why: string]> = [
  // A name or key already in use (simulator: 409 `label.already_exists`, `experiment.already_exists`;
  // a strict implementation answers 400 `experiment.duplicate`). createExperiment promises ConflictError.
  ['reporter.*.duplicate', ErrorCode.CONFLICT, 'an entity with this key exists'],
  ['reporter.*.already_exists', ErrorCode.CONFLICT, 'an entity with this name or key exists'],
  ['reporter.*.duplicate_*', ErrorCode.CONFLICT, 'an entity with this key exists'],
  // Joining a stopped experiment: a state conflict, not bad input (simulator: 400 `experiment.stopped`).
  ['reporter.experiment.stopped', ErrorCode.CONFLICT, 'the experiment is stopped'],
  ['reporter.*.not_found', ErrorCode.NOT_FOUND, 'no entity with this id'],
  ['reporter.auth.*', ErrorCode.UPSTREAM_UNAUTHORIZED, 'the token was refused'],
  ['reporter.rate_limit.*', ErrorCode.UPSTREAM_RATE_LIMITED, 'too many requests'],
  // Malformed filters, bodies and parameters: the gateway validates first, so these mean its
  // validation missed a rule the upstream has.
  ['reporter.filter.*', ErrorCode.BAD_USER_INPUT, 'the filter was refused'],
  ['reporter.request.*', ErrorCode.BAD_USER_INPUT, 'a parameter or the body was refused'],
  ['reporter.*.invalid', ErrorCode.BAD_USER_INPUT, 'the body was refused'],
  ['reporter.*.invalid_*', ErrorCode.BAD_USER_INPUT, 'the body was refused'],
  ['reporter.*.malformed', ErrorCode.BAD_USER_INPUT, 'the body was refused'],
];

const COMPILED = TABLE.map(([pattern, code]) => ({
  re: new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[a-z0-9_]+')}$`, 'i'),
  code,
}));

/** The code for a Reporter error code, or undefined to keep the HTTP status's code. */
export function reporterErrorCode(mnemonic: string): ErrorCode | undefined {
  for (const { re, code } of COMPILED) if (re.test(mnemonic)) return code;
  return undefined;
}

/** The table itself, for the README and tests. */
export const REPORTER_ERROR_CODES = TABLE;
