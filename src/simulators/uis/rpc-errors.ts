import type { RpcErrorObject, UisMetadata } from './types.js';

/**
 * The documented JSON-RPC errors of the Data API (uis-data-api.md §11.3–§11.5), with their group
 * codes and message texts. Handlers throw `RpcFault`; the server renders it under HTTP 200.
 */
const CATALOGUE = {
  parse_error: [-32700, 'Invalid JSON was received by the server.'],
  invalid_request: [-32600, 'Invalid Request The JSON sent is not a valid Request object'],
  method_not_found: [-32601, 'The method does not exist / is not available'],
  // CG-EN spelling; CM-RU writes `batch_opreations_not_supported` (§14). The client matches both.
  batch_operations_not_supported: [-32099, 'Batch operations not supported'],
  notifications_not_supported: [-32099, 'Notifications not supported'],
  access_token_invalid: [-32001, 'Access token is invalid'],
  limit_exceeded: [-32029, 'Limit per {limit_type} has been exceeded. Value of current limit per {limit_type} is {limit_max_value}'],
  internal_error: [-32603, 'Internal error, contact the support service'],
  data_type_error: [-32602, 'Data supplied is of wrong type'],
  required_parameter_missed: [-32602, 'The required parameter has been missed'],
  invalid_parameter_value: [-32602, 'Invalid parameter value'],
  unexpected_parameters: [-32602, 'Unexpected method parameter(s)'],
  filter_prohibited: [-32602, 'Filter by parameter is prohibited'],
  sort_prohibited: [-32602, 'Sort by parameter is prohibited'],
  date_interval_limit_reached: [-32602, 'Max value of requested date interval is 3 months'],
  entity_not_found: [-32602, 'Entity not found'],
  duplicate_entity: [-32602, 'Entity already exists'],
} as const satisfies Record<string, readonly [number, string]>;

export type KnownMnemonic = keyof typeof CATALOGUE;

export class RpcFault extends Error {
  constructor(
    readonly code: number,
    readonly mnemonic: string,
    message: string,
    readonly field?: string,
    readonly value?: unknown,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
  }

  toErrorObject(metadata?: UisMetadata): RpcErrorObject {
    const data: NonNullable<RpcErrorObject['data']> = { mnemonic: this.mnemonic };
    if (this.field !== undefined) data.field = this.field;
    if (this.value !== undefined) data.value = this.value;
    if (this.params !== undefined) data.params = this.params;
    if (metadata) data.metadata = metadata;
    return { code: this.code, message: this.message, data };
  }
}

/** A documented error; `field` names the offending parameter (nested parts joined by dots, §11.1). */
export function fault(mnemonic: KnownMnemonic, field?: string, value?: unknown, params?: Record<string, unknown>): RpcFault {
  const [code, template] = CATALOGUE[mnemonic];
  const message = params ? template.replace(/\{(\w+)\}/g, (m, key: string) => (key in params ? String(params[key]) : m)) : template;
  return new RpcFault(code, mnemonic, message, field, value, params);
}

/** Any code and mnemonic, for injected `rpcError` faults. */
export function customFault(code: number, mnemonic: string, message?: string): RpcFault {
  return new RpcFault(code, mnemonic, message ?? `Simulated error ${mnemonic}`);
}
