import { randomUUID } from 'node:crypto';
import { ErrorCode, UpstreamError } from '../../gateway/errors.js';
import type { UpstreamHttp } from '../../upstream/http.js';
import type { Redactor } from '../../upstream/redact.js';
import { upstreamFor, type CallOptions, type ClientBudget, type ClientOptions, type ClientReference } from '../client-options.js';
import { interpretRpc } from './rpc.js';
import type { CallsReportParams, CallsReportRow } from './types-calls.js';
import type {
  Account,
  Employee,
  ListParams,
  ListResult,
  RpcRequest,
  Tag,
  TagCommunicationParams,
  UisLimits,
  UisMetadata,
} from './types.js';
import type { UisMethod, UisMethods } from './types-methods.js';

export interface UisClientOptions extends ClientOptions {
  /** A permanent or temporary key from the account UI (§2), sent as `params.access_token`. */
  accessToken: string;
  /** Agent (partner) mode: the client user to act for (§2). Omitted for direct clients. */
  userId?: number;
}

/** One page of a `get.*` method with what its metadata says (§5). */
export interface UisPage<T> {
  data: T[];
  /** Rows matching the filter, regardless of limit/offset (§5); the page length when absent. */
  totalItems: number;
  /** Day/minute point budgets; undefined or `{}` when the account has none applied (§5). */
  limits: UisLimits | undefined;
  metadata: UisMetadata | undefined;
}

/** The windows of §11.8; their sizes are learned from `metadata.limits`, so none is configured. */
const UIS_BUDGET_WINDOWS = [
  { name: 'minute', windowMs: 60_000 },
  { name: 'day', windowMs: 86_400_000 },
];

/**
 * The UIS / CoMagic Data API v2.0 client: JSON-RPC 2.0, always POST to the base URL (§1), one
 * method per RPC method. `get.*` are reads (retried), `set.*`/`unset.*` writes (never retried).
 */
export class UisClient {
  private readonly http: UpstreamHttp;
  private readonly redactor: Redactor;
  private readonly accessToken: string;
  private readonly userId: number | undefined;
  /** Relative path that resolves to the base URL itself (see the constructor). */
  private readonly rpcPath: string;
  private readonly budget: ClientBudget | undefined;
  /** Where the account zone and the tag list are shared with other replicas (timezone.ts, loaders.ts). */
  readonly reference: ClientReference | undefined;

  constructor(opts: UisClientOptions) {
    if (!opts.accessToken) throw new TypeError('UisClient needs an accessToken');
    this.accessToken = opts.accessToken;
    this.userId = opts.userId;
    this.redactor = opts.redactor;
    // §1: POST to the base URL itself (`…/v2.0`, not `…/v2.0/`); '' addresses exactly that.
    this.rpcPath = '';
    // The token travels in the body, but register it anyway: an upstream may echo it back.
    this.redactor.add(opts.accessToken);
    // §11.8: points per minute and per day, per account; their sizes come with every answer (list()).
    this.reference = opts.reference;
    this.budget = opts.budget && { ...opts.budget, windows: UIS_BUDGET_WINDOWS };
    this.http = upstreamFor('uis', { ...opts, budget: this.budget });
  }

  /** The base URL for `Query.backends`; the token is never in it, redacted all the same. */
  get displayUrl(): string {
    return this.redactor.redact(this.http.baseUrl);
  }

  /**
   * get.calls_report (§12.13). `fields` must be explicit and non-empty: the defaults leave out
   * tags, employees, contact, site and UTM fields (§9), so relying on them hides data silently.
   * `date_from`/`date_till` are required and at most 3 months apart (§10).
   */
  async getCallsReport(params: CallsReportParams, call?: CallOptions): Promise<UisPage<CallsReportRow>> {
    if (!Array.isArray(params.fields) || params.fields.length === 0) {
      throw new TypeError('UisClient.getCallsReport needs an explicit, non-empty `fields` list (uis-data-api.md §9)');
    }
    return this.list('get.calls_report', params, call);
  }

  /** get.employees (§12.3); without `fields` every field comes back (INFERRED). */
  async getEmployees(params: ListParams = {}, call?: CallOptions): Promise<UisPage<Employee>> {
    return this.list('get.employees', params, call);
  }

  /** get.tags (§12.4). */
  async getTags(params: ListParams = {}, call?: CallOptions): Promise<UisPage<Tag>> {
    return this.list('get.tags', params, call);
  }

  /** get.account (§12.1): app id, name and the time zone report dates are in. */
  async getAccount(call?: CallOptions): Promise<{ account: Account; limits: UisLimits | undefined }> {
    const page = await this.list('get.account', {}, call);
    const account = page.data[0];
    if (!account) {
      throw new UpstreamError('uis get.account: the answer has no account', {
        code: ErrorCode.UPSTREAM_BAD_RESPONSE,
        service: 'uis',
        endpoint: 'get.account',
        detail: 'empty data',
      });
    }
    return { account, limits: page.limits };
  }

  /**
   * set.tag_communications (§12.5): one tag on one communication per call. For calls pass the
   * report's `communication_id`, not the call-session `id` (decision 8).
   */
  async setTagCommunications(params: TagCommunicationParams, call?: CallOptions): Promise<void> {
    await this.send('set.tag_communications', params, false, call);
  }

  /** unset.tag_communications (§12.6): removes one tag from one communication. */
  async unsetTagCommunications(params: TagCommunicationParams, call?: CallOptions): Promise<void> {
    await this.send('unset.tag_communications', params, false, call);
  }

  /** Reference data through the replicas' shared store when there is one, else straight from `load`. */
  shared<V>(name: string, ttlMs: number, load: () => Promise<V>): Promise<V> {
    return this.reference ? this.reference.store.getOrLoad(`${this.reference.scope}:${name}`, ttlMs, load) : load();
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  private async list<M extends 'get.calls_report' | 'get.employees' | 'get.tags' | 'get.account'>(
    method: M,
    params: UisMethods[M]['params'],
    call?: CallOptions,
  ): Promise<UisPage<UisMethods[M]['result'] extends ListResult<infer T> ? T : never>> {
    const result = (await this.send(method, params, true, call)) as ListResult<never>;
    if (!result || typeof result !== 'object' || !Array.isArray(result.data)) {
      throw new UpstreamError(`uis ${method}: the result has no data array`, {
        code: ErrorCode.UPSTREAM_BAD_RESPONSE,
        service: 'uis',
        endpoint: method,
        detail: 'result.data is not an array',
        retryable: false,
      });
    }
    const metadata = result.metadata ?? undefined;
    this.learnLimits(metadata?.limits);
    return {
      data: result.data,
      totalItems: typeof metadata?.total_items === 'number' ? metadata.total_items : result.data.length,
      limits: metadata?.limits,
      metadata,
    };
  }

  /** Tells the shared budget what UIS says is left (§5: absent or `{}` when the account has no limits). */
  private learnLimits(limits: UisLimits | undefined): void {
    if (!this.budget || !limits) return;
    for (const w of ['minute', 'day'] as const) {
      const limit = limits[`${w}_limit`];
      const remaining = limits[`${w}_remaining`];
      const reset = limits[`${w}_reset`];
      if (typeof limit !== 'number' || typeof remaining !== 'number' || typeof reset !== 'number') continue;
      void this.budget.store.observe(this.budget.scope, w, { limit, remaining, resetMs: reset * 1000 }).catch(() => undefined);
    }
  }

  private async send<M extends UisMethod>(
    method: M,
    params: UisMethods[M]['params'],
    read: boolean,
    call?: CallOptions,
  ): Promise<UisMethods[M]['result']> {
    // A fresh id per request (§3 recommends a unique hash); the answer must carry it back.
    const id = randomUUID();
    const body: RpcRequest = {
      jsonrpc: '2.0',
      id,
      method,
      params: { ...(this.userId !== undefined ? { user_id: this.userId } : {}), ...params, access_token: this.accessToken },
    };
    return this.http.send(
      // Identical reads share one request (upstream/shared-reads.ts): the key leaves out the fresh id.
      { method: 'POST', path: this.rpcPath, body, read, endpoint: method, signal: call?.signal, shareKey: read ? JSON.stringify([method, this.userId, params]) : undefined },
      (res) => interpretRpc<UisMethods[M]['result']>(res, { endpoint: method, expectedId: id, redactor: this.redactor }),
    );
  }
}
