import type { UisCalls } from './calls.js';
import type { UisData } from './data.js';
import { CALLS_REPORT_FIELDS, EMPLOYEES_FIELDS, TAGS_FIELDS } from './fields.js';
import { LIST_PARAMS, parseListQuery, rejectUnknownParams, runListQuery } from './query.js';
import { fault } from './rpc-errors.js';
import type { CallRow, CallTag } from './types.js';
import { formatWireDate, isWireDate } from './wire-dates.js';

/**
 * The simulated RPC methods. Each takes the validated `params` (access token already checked) and
 * returns the JSON-RPC `result`, or throws an RpcFault. List methods return `{data, total}` and the
 * server adds `metadata`.
 */

type Params = Record<string, unknown>;
export interface ListAnswer {
  data: unknown[];
  total: number;
}

export interface MethodTable {
  list: Record<string, (params: Params) => ListAnswer>;
  write: Record<string, (params: Params) => Record<string, never>>;
}

const COMMUNICATION_TYPES = ['call', 'chat', 'goal', 'offline_message'];
const TAG_PARAMS = ['access_token', 'user_id', 'communication_id', 'communication_ext_id', 'communication_type', 'tag_id'];

export function createMethods(data: UisData, calls: UisCalls): MethodTable {
  return {
    list: {
      'get.calls_report': (params) => callsReport(calls, params),
      'get.employees': (params) => {
        rejectUnknownParams(params, LIST_PARAMS);
        return runListQuery(data.employees, parseListQuery(params, EMPLOYEES_FIELDS));
      },
      'get.tags': (params) => {
        rejectUnknownParams(params, LIST_PARAMS);
        return runListQuery(data.tags, parseListQuery(params, TAGS_FIELDS));
      },
      'get.account': (params) => {
        rejectUnknownParams(params, ['access_token', 'user_id']);
        return { data: [{ ...data.account }], total: 1 };
      },
    },
    write: {
      'set.tag_communications': (params) => {
        const { call, tagId } = resolveTagTarget(data, calls, params);
        if (call.tags.some((t) => t.tag_id === tagId)) {
          // What the API answers for a tag that is already there is undocumented: GUESS duplicate_entity (§11.5).
          throw fault('duplicate_entity', 'tag_id', tagId);
        }
        const tag = data.tags.find((t) => t.id === tagId)!;
        const entry: CallTag = {
          tag_id: tag.id,
          tag_name: tag.name,
          tag_type: 'manual',
          tag_change_time: formatWireDate(Date.now(), data.account.timezone),
          tag_user_id: data.apiUser.id,
          tag_user_login: data.apiUser.login,
          tag_employee_id: null,
          tag_employee_full_name: null,
        };
        call.tags.push(entry);
        return {};
      },
      'unset.tag_communications': (params) => {
        const { call, tagId } = resolveTagTarget(data, calls, params);
        const index = call.tags.findIndex((t) => t.tag_id === tagId);
        // Removing a tag the call does not carry: undocumented, GUESS entity_not_found.
        if (index < 0) throw fault('entity_not_found', 'tag_id', tagId);
        call.tags.splice(index, 1);
        return {};
      },
    },
  };
}

/** get.calls_report: required dates, at most 3 months apart (§10), rows whose start_time is within. */
function callsReport(calls: UisCalls, params: Params): ListAnswer {
  rejectUnknownParams(params, [...LIST_PARAMS, 'date_from', 'date_till', 'include_ongoing_calls']);
  const from = requireDate(params, 'date_from');
  const till = requireDate(params, 'date_till');
  if (till < from) throw fault('invalid_parameter_value', 'date_till', till);
  if (till > addMonths(from, 3)) throw fault('date_interval_limit_reached', 'date_till', till);
  if (params.include_ongoing_calls !== undefined && typeof params.include_ongoing_calls !== 'boolean') {
    throw fault('data_type_error', 'include_ongoing_calls', params.include_ongoing_calls);
  }
  const query = parseListQuery(params, CALLS_REPORT_FIELDS);
  // Wire dates share one zone and one fixed-width format, so string order is time order.
  // The dataset has no ongoing calls, so include_ongoing_calls changes nothing here.
  const inRange = sliceByStart(calls.list, from, till);
  return runListQuery(inRange, query);
}

function requireDate(params: Params, name: string): string {
  const v = params[name];
  if (v === undefined || v === null) throw fault('required_parameter_missed', name);
  if (typeof v !== 'string') throw fault('data_type_error', name, v);
  if (!isWireDate(v)) throw fault('invalid_parameter_value', name, v);
  return v;
}

/** `YYYY-MM-DD hh:mm:ss` plus n calendar months (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = m % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}${date.slice(10)}`;
}

/** Calls are sorted by start_time: binary search the window instead of scanning 6 000 rows. */
function sliceByStart(calls: CallRow[], from: string, till: string): CallRow[] {
  const lower = (key: string, strict: boolean) => {
    let lo = 0;
    let hi = calls.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const t = calls[mid].start_time;
      if (strict ? t <= key : t < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return calls.slice(lower(from, false), lower(till, true));
}

function resolveTagTarget(data: UisData, calls: UisCalls, params: Params): { call: CallRow; tagId: number } {
  rejectUnknownParams(params, TAG_PARAMS);
  const type = params.communication_type;
  if (type === undefined) throw fault('required_parameter_missed', 'communication_type');
  if (typeof type !== 'string') throw fault('data_type_error', 'communication_type', type);
  if (!COMMUNICATION_TYPES.includes(type)) throw fault('invalid_parameter_value', 'communication_type', type);
  const tagId = params.tag_id;
  if (tagId === undefined) throw fault('required_parameter_missed', 'tag_id');
  if (typeof tagId !== 'number' || !Number.isInteger(tagId)) throw fault('data_type_error', 'tag_id', tagId);
  const { communication_id: id, communication_ext_id: extId } = params;
  let call: CallRow | undefined;
  // communication_ext_id is ignored when communication_id is present (§12.5).
  if (id !== undefined) {
    if (typeof id !== 'number' || !Number.isInteger(id)) throw fault('data_type_error', 'communication_id', id);
    call = type === 'call' ? calls.byCommunicationId(id) : undefined;
    if (!call) throw fault('entity_not_found', 'communication_id', id);
  } else if (extId !== undefined) {
    if (typeof extId !== 'string') throw fault('data_type_error', 'communication_ext_id', extId);
    call = type === 'call' ? calls.list.find((c) => c.ext_id === extId) : undefined;
    if (!call) throw fault('entity_not_found', 'communication_ext_id', extId);
  } else {
    throw fault('required_parameter_missed', 'communication_id');
  }
  if (!data.tags.some((t) => t.id === tagId)) throw fault('entity_not_found', 'tag_id', tagId);
  return { call, tagId };
}
