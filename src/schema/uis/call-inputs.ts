import { builder } from '../builder.js';
import { CALLS_REPORT_FIELDS, sortableFields } from '../../backends/uis/fields.js';
import type { FilterOperator } from '../../backends/uis/types.js';

/**
 * Arguments of `Query.calls`: the required period, the typed filter, the raw filter tree and the
 * sort. Wire names (snake_case UIS fields, operators) appear only as enum values and in the raw tree.
 */

export const CallPeriodInput = builder.inputType('CallPeriod', {
  description:
    'An inclusive time range. UIS reports need one; ranges longer than 3 months are split into windows transparently (uis-data-api.md §10).',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true, description: 'Start of the range (inclusive).' }),
    to: t.field({ type: 'DateTime', required: true, description: 'End of the range (inclusive).' }),
  }),
});

export const CallDirectionEnum = builder.enumType('CallDirection', {
  description: 'Which way a call went.',
  values: {
    IN: { value: 'in', description: 'Incoming: the client called the company.' },
    OUT: { value: 'out', description: 'Outgoing: the company called the client.' },
    UNKNOWN: { value: 'unknown', description: 'A value this gateway does not know yet; see `directionRaw`. Never sent upstream.' },
  },
});

export const CallDurationRangeInput = builder.inputType('CallDurationRange', {
  description: 'A range of seconds; either bound may be left out, both are inclusive.',
  fields: (t) => ({
    min: t.int({ description: 'At least this many seconds.' }),
    max: t.int({ description: 'At most this many seconds.' }),
  }),
});

export const CallsFilterInput = builder.inputType('CallsFilter', {
  description: 'Typed filters for the common cases; all given ones must match (AND). For anything else use `where`.',
  fields: (t) => ({
    direction: t.field({ type: CallDirectionEnum, description: 'Only incoming or only outgoing calls (UNKNOWN is rejected).' }),
    isLost: t.boolean({ description: 'Only lost (true) or only answered (false) calls.' }),
    employeeIds: t.idList({ description: 'Calls any of these employees took part in (Employee IDs or UIS employee numbers).' }),
    tagIds: t.idList({ description: 'Calls carrying any of these tags (Tag IDs or UIS tag numbers).' }),
    contactPhoneNumbers: t.stringList({ description: 'Calls with any of these client numbers, in any common notation (+7 (916) …, 8916…).' }),
    virtualPhoneNumbers: t.stringList({ description: 'Calls to or from any of these company (virtual) numbers.' }),
    finishReasons: t.stringList({ description: 'Calls that ended for any of these reasons (UIS `finish_reason` values, e.g. `subscriber_disconnects`).' }),
    sources: t.stringList({ description: 'Calls from any of these sources (UIS `source` values, e.g. `va`, `call_tracking`, `callapi`).' }),
    campaignIds: t.intList({ description: 'Calls attributed to any of these advertising campaigns.' }),
    siteIds: t.intList({ description: 'Calls attributed to any of these sites.' }),
    waitDuration: t.field({ type: CallDurationRangeInput, description: 'Wait before the answer, in seconds.' }),
    talkDuration: t.field({ type: CallDurationRangeInput, description: 'Talk time, in seconds.' }),
    totalDuration: t.field({ type: CallDurationRangeInput, description: 'Whole call, in seconds.' }),
  }),
});

const OPERATORS: Array<[string, FilterOperator, string]> = [
  ['EQ', '=', 'Equal (with `value: null`: the field is empty).'],
  ['NE', '!=', 'Not equal (with `value: null`: the field is not empty).'],
  ['LT', '<', 'Less than (numbers, dates).'],
  ['GT', '>', 'Greater than (numbers, dates).'],
  ['LTE', '<=', 'Less than or equal (numbers, dates).'],
  ['GTE', '>=', 'Greater than or equal (numbers, dates).'],
  ['LIKE', 'like', 'SQL LIKE with `%` wildcards, case-sensitive.'],
  ['ILIKE', 'ilike', 'LIKE, case-insensitive (not on every UIS method).'],
  ['NOT_LIKE', 'not_like', 'Negated LIKE (not on every UIS method).'],
  ['NOT_ILIKE', 'not_ilike', 'Negated ILIKE (not on every UIS method).'],
  ['REGEXP', 'regexp', 'POSIX regular expression.'],
  ['JSQUERY', 'jsquery', 'A PostgreSQL jsquery expression, passed through.'],
  ['IN', 'in', 'Any of a list of values.'],
  ['NOT_IN', 'not_in', 'None of a list of values.'],
  ['OVERLAP', 'overlap', 'An array field (tags, employees, segments…) contains any of the values (matched on the item id).'],
  ['NOT_OVERLAP', 'not_overlap', 'An array field contains none of the values.'],
  ['IS_NULL', 'is_null', 'The field is empty; give no value.'],
  ['IS_NOT_NULL', 'is_not_null', 'The field is not empty; give no value.'],
];

export const UisFilterOperatorEnum = builder.enumType('UisFilterOperator', {
  description: 'Comparison operators of the UIS Data API filters (uis-data-api.md §6).',
  values: Object.fromEntries(OPERATORS.map(([name, value, description]) => [name, { value, description }])) as Record<
    string,
    { value: FilterOperator; description: string }
  >,
});

export interface FilterTreeShape {
  field?: string | null;
  operator?: FilterOperator | null;
  // `any`: the JSON scalar's input type is `unknown`, which Pothos' optional-field check cannot match.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  value?: any;
  and?: FilterTreeShape[] | null;
  or?: FilterTreeShape[] | null;
}

export const CallFilterTreeInput = builder.inputRef<FilterTreeShape>('CallFilterTree').implement({
  description:
    'A raw get.calls_report filter: either one condition (`field`, `operator`, `value`) or a group (`and` / `or` of nested trees). Fields are UIS names (snake_case) and are checked against the filterable fields of get.calls_report before anything is sent.',
  fields: (t) => ({
    field: t.string({ description: 'A filterable get.calls_report field, e.g. `talk_duration`, `utm_source`, `tags`.' }),
    operator: t.field({ type: UisFilterOperatorEnum, description: 'How to compare.' }),
    value: t.field({
      type: 'JSON',
      description: 'What to compare with: a number, string, boolean or list; dates as ISO 8601 with a zone (or `YYYY-MM-DD hh:mm:ss` in the account zone).',
    }),
    and: t.field({ type: [CallFilterTreeInput], description: 'All of these must match.' }),
    or: t.field({ type: [CallFilterTreeInput], description: 'At least one of these must match.' }),
  }),
});

export const CallSortFieldEnum = builder.enumType('CallSortField', {
  description: 'The get.calls_report fields UIS can sort by (uis-data-api.md §7; the Сортировка column).',
  values: Object.fromEntries(
    sortableFields(CALLS_REPORT_FIELDS).map((f) => [f.toUpperCase(), { value: f, description: `UIS field \`${f}\`.` }]),
  ) as Record<string, { value: string; description: string }>,
});

export const UisSortOrderEnum = builder.enumType('UisSortOrder', {
  description: 'Sort direction.',
  values: {
    ASC: { value: 'asc', description: 'Smallest / earliest first.' },
    DESC: { value: 'desc', description: 'Largest / latest first.' },
  },
});

export const CallSortInput = builder.inputType('CallSort', {
  description:
    'One sort key. Periods longer than 3 months are fetched window by window in time order, so a sort other than by start time applies within each 3-month window.',
  fields: (t) => ({
    field: t.field({ type: CallSortFieldEnum, required: true, description: 'What to sort by.' }),
    order: t.field({ type: UisSortOrderEnum, description: 'Direction; ASC when left out.' }),
  }),
});
