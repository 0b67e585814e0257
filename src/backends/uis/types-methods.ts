import type { CallsReportParams, CallsReportRow } from './types-calls.js';
import type { Account, Employee, ListParams, ListResult, Tag, TagCommunicationParams } from './types.js';

// Apart from types.ts, which types-calls.ts builds on: the map needs both, and neither needs it.

/** The method map: params (without access_token) and `result` per JSON-RPC method. */
export interface UisMethods {
  'get.calls_report': { params: CallsReportParams; result: ListResult<CallsReportRow> };
  'get.employees': { params: ListParams; result: ListResult<Employee> };
  'get.tags': { params: ListParams; result: ListResult<Tag> };
  'get.account': { params: { user_id?: number }; result: ListResult<Account> };
  'set.tag_communications': { params: TagCommunicationParams; result: Record<string, never> };
  'unset.tag_communications': { params: TagCommunicationParams; result: Record<string, never> };
}

export type UisMethod = keyof UisMethods;
