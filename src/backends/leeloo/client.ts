import { badUserInput } from '../../gateway/errors.js';
import type { HttpMethod, QueryValue, UpstreamHttp } from '../../upstream/http.js';
import type { Redactor } from '../../upstream/redact.js';
import { pathSegment } from '../../upstream/path.js';
import { upstreamFor, type CallOptions, type ClientOptions } from '../client-options.js';
import { leelooInterpreter } from './interpret.js';
import type {
  LeelooAccountsQuery,
  LeelooCreateOrderBody,
  LeelooEndpoint,
  LeelooInclude,
  LeelooPageQuery,
  LeelooResponse,
  LeelooSendMessageBody,
  LeelooSendTemplateBody,
} from './types.js';

export const LEELOO_DEFAULT_BASE_URL = 'https://api.leeloo.ai/api/v1';
/** §4: no evidence for pages above 50; the gateway pages upstream itself. */
export const LEELOO_MAX_PAGE_SIZE = 50;

export interface LeelooCredentials {
  /** Company API token (Settings → Integrations → Leeloo API). Trimmed: the docs warn about stray spaces (§2). */
  token: string;
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;

/**
 * Typed client of the Leeloo CRM public REST API v1 (shared/specs/leeloo-api.md): one method per
 * endpoint, `X-Leeloo-AuthToken` on every call (decision 9, no Authorization header), reads
 * retried by UpstreamHttp, writes never. Methods return the parsed envelope (`data`, `meta`,
 * `included`) unchanged; wire values such as `"NOT_DEFINED"` are mapped in values.ts.
 */
export class LeelooClient {
  private readonly http: UpstreamHttp;
  private readonly token: string;
  private readonly redactor: Redactor;

  constructor(opts: ClientOptions & LeelooCredentials) {
    this.token = opts.token.trim();
    this.redactor = opts.redactor;
    // The redactor is shared with the logger; registering the token again is harmless and makes sure.
    this.redactor.add(this.token);
    this.http = upstreamFor('leeloo', opts);
  }

  /** Base URL for `Query.backends`; Leeloo keeps its token in a header, redacted anyway. */
  get displayUrl(): string {
    return this.redactor.redact(this.http.baseUrl);
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  /** §5.1 `GET /accounts`; `tags` becomes `filter[tags]=a,b` (any-of semantics are a GUESS). */
  listAccounts(query: LeelooAccountsQuery = {}, call?: CallOptions): Promise<LeelooResponse<'GET accounts'>> {
    const tags = query.tags?.filter((t) => t.length > 0);
    return this.read('GET accounts', '/accounts', { ...page(query), 'filter[tags]': tags?.length ? tags.join(',') : undefined }, call);
  }

  /**
   * §5.2 `GET /accounts/{id}`. By default asks for both `contactedUsers` and `orders` in one call
   * (§9.5), so that orders never need the unverified `GET /orders/{id}`.
   */
  getAccount(
    id: string,
    include: readonly LeelooInclude[] = ['contactedUsers', 'orders'],
    call?: CallOptions,
  ): Promise<LeelooResponse<'GET accounts/:id'>> {
    const q = include.length ? { include: include.join(',') } : {};
    return this.read('GET accounts/:id', `/accounts/${pathSegment(objectId(id, 'id'), 'id')}`, q, call);
  }

  /** §5.3 `GET /accounts/{id}/chat-messages`, newest first (INFERRED from the doc example). */
  listChatMessages(accountId: string, query: LeelooPageQuery = {}, call?: CallOptions): Promise<LeelooResponse<'GET accounts/:id/chat-messages'>> {
    return this.read('GET accounts/:id/chat-messages', `/accounts/${pathSegment(objectId(accountId, 'accountId'), 'accountId')}/chat-messages`, page(query), call);
  }

  /** §5.7 `GET /users`: platform operators. */
  listUsers(query: LeelooPageQuery = {}, call?: CallOptions): Promise<LeelooResponse<'GET users'>> {
    return this.read('GET users', '/users', page(query), call);
  }

  /** §5.7 `GET /users/{id}` (shape beyond the list fields INFERRED). */
  getUser(id: string, call?: CallOptions): Promise<LeelooResponse<'GET users/:id'>> {
    return this.read('GET users/:id', `/users/${pathSegment(objectId(id, 'id'), 'id')}`, {}, call);
  }

  /** §5.5 `PUT /accounts/{id}/add-tag` with a tag **id** (reads return names). */
  addTag(accountId: string, tagId: string, call?: CallOptions): Promise<LeelooResponse<'PUT accounts/:id/add-tag'>> {
    const path = `/accounts/${pathSegment(objectId(accountId, 'accountId'), 'accountId')}/add-tag`;
    return this.write('PUT', 'PUT accounts/:id/add-tag', path, { tag_id: objectId(tagId, 'tagId') }, call);
  }

  /** §5.5 `PUT /accounts/{id}/remove-tag`. */
  removeTag(accountId: string, tagId: string, call?: CallOptions): Promise<LeelooResponse<'PUT accounts/:id/remove-tag'>> {
    const path = `/accounts/${pathSegment(objectId(accountId, 'accountId'), 'accountId')}/remove-tag`;
    return this.write('PUT', 'PUT accounts/:id/remove-tag', path, { tag_id: objectId(tagId, 'tagId') }, call);
  }

  /** §5.6 `POST /messages/send-message` (CONFIRMED, JSON body). */
  sendMessage(body: LeelooSendMessageBody, call?: CallOptions): Promise<LeelooResponse<'POST messages/send-message'>> {
    objectId(body.account_id, 'account_id');
    return this.write('POST', 'POST messages/send-message', '/messages/send-message', body, call);
  }

  /** §5.6 `POST /messages/send-template` (`variables` CONFIRMED for v2 only). */
  sendTemplate(body: LeelooSendTemplateBody, call?: CallOptions): Promise<LeelooResponse<'POST messages/send-template'>> {
    objectId(body.account_id, 'account_id');
    objectId(body.template_id, 'template_id');
    return this.write('POST', 'POST messages/send-template', '/messages/send-template', body, call);
  }

  /** §5.6 `GET /categories/templates`. */
  listTemplateCategories(call?: CallOptions): Promise<LeelooResponse<'GET categories/templates'>> {
    return this.read('GET categories/templates', '/categories/templates', {}, call);
  }

  /** §5.6 `GET /categories/templates/{id}`: v1 path INFERRED (CONFIRMED for v2 only). */
  listTemplates(categoryId: string, call?: CallOptions): Promise<LeelooResponse<'GET categories/templates/:id'>> {
    return this.read('GET categories/templates/:id', `/categories/templates/${pathSegment(objectId(categoryId, 'categoryId'), 'categoryId')}`, {}, call);
  }

  /** §5.8 `POST /orders`: manual order, INFERRED from two clients; the new id is `data.id`. */
  createOrder(body: LeelooCreateOrderBody, call?: CallOptions): Promise<LeelooResponse<'POST orders'>> {
    objectId(body.accountId, 'accountId');
    return this.write('POST', 'POST orders', '/orders', body, call);
  }

  private read<E extends LeelooEndpoint>(endpoint: E, path: string, query: Record<string, QueryValue>, call?: CallOptions) {
    return this.http.send<LeelooResponse<E>>(
      { method: 'GET', path, query, headers: this.headers(), read: true, endpoint, signal: call?.signal },
      leelooInterpreter({ endpoint, redactor: this.redactor, read: true }),
    );
  }

  private write<E extends LeelooEndpoint>(method: HttpMethod, endpoint: E, path: string, body: unknown, call?: CallOptions) {
    return this.http.send<LeelooResponse<E>>(
      { method, path, body, headers: this.headers(), read: false, endpoint, signal: call?.signal },
      leelooInterpreter({ endpoint, redactor: this.redactor, read: false }),
    );
  }

  private headers(): Record<string, string> {
    return { 'x-leeloo-authtoken': this.token };
  }
}

/** Leeloo ids are 24-hex ObjectIds (§1); anything else would never match and could escape the path. */
function objectId(id: string, argument: string): string {
  if (!OBJECT_ID.test(id)) throw badUserInput(`not a Leeloo id (24 hex characters): ${JSON.stringify(id.slice(0, 40))}`, argument);
  return id;
}

/** §4 paging; the cap is a programming error: callers (loaders, connections) page themselves. */
function page(query: LeelooPageQuery): Record<string, QueryValue> {
  const { limit, offset } = query;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1 || limit > LEELOO_MAX_PAGE_SIZE)) {
    throw new RangeError(`Leeloo page size must be an integer in 1..${LEELOO_MAX_PAGE_SIZE}, got ${limit}`);
  }
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0)) {
    throw new RangeError(`Leeloo offset must be a non-negative integer, got ${offset}`);
  }
  return { limit, offset };
}
