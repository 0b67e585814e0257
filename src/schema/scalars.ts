import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

function parseDate(value: unknown): Date {
  if (typeof value !== 'string') throw new GraphQLError('DateTime must be an ISO 8601 string', { extensions: { code: 'BAD_USER_INPUT' } });
  // Require a full date-time with a zone, so "2024-13-01" or "yesterday" never slip through Date.parse.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
  const date = new Date(value);
  if (!iso.test(value) || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`"${value.slice(0, 40)}" is not an ISO 8601 date-time with a time zone`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** What toISOString() prints; a string already in this form is its own serialisation. */
const CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function serializeDate(value: unknown): string {
  // Most instants reach here as upstream strings already in UTC with milliseconds; skipping the
  // Date round trip for those saves a parse and a format per timestamp (issue 12).
  if (typeof value === 'string' && CANONICAL_UTC.test(value)) return value;
  return (value instanceof Date ? value : new Date(value as string)).toISOString();
}

builder.scalarType('DateTime', {
  description: 'An instant as an ISO 8601 string with a zone, e.g. `2024-03-15T10:05:00.000Z`. Output is always UTC.',
  serialize: serializeDate,
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});

const LONG = /^-?\d{1,19}$/;

function parseLong(value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value === 'string' && LONG.test(value)) {
    const big = BigInt(value);
    if (big <= 9223372036854775807n && big >= -9223372036854775808n) return value;
  }
  throw new GraphQLError('Long must be a 64-bit integer, as a string of digits (or a safe integer)', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

builder.scalarType('Long', {
  description:
    'A 64-bit integer, serialised as a decimal string so that values past 2^53 keep every digit. Inputs accept the string or a safe integer.',
  serialize: (value) => String(value),
  parseValue: parseLong,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.STRING) return parseLong(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('Long must be a string or an integer', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value, passed through as the backend sent it (custom fields, session data, NLP payloads).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => valueFromLiteral(ast),
});

function valueFromLiteral(ast: import('graphql').ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(valueFromLiteral);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, valueFromLiteral(f.value)]));
    default:
      throw new GraphQLError('Variables inside JSON literals are not supported', { extensions: { code: 'BAD_USER_INPUT' } });
  }
}
