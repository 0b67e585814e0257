/**
 * Leeloo CRM public REST API v1: wire shapes in the upstream's own spelling (camelCase bodies,
 * snake_case `custom_fields`, `person_id`, `account_id`, `tag_id`), keyed by endpoint label.
 * Section numbers refer to shared/specs/leeloo-api.md. Enums stay open strings (§8): unknown
 * values must never be rejected. Sentinels such as `"NOT_DEFINED"` are kept raw here; see
 * values.ts for the one place that maps them to null.
 */

/** Known values of `from` (§8). FACEBOOK/TELEGRAM CONFIRMED, MANUAL INFERRED, the rest GUESS. */
export type LeelooSource = 'FACEBOOK' | 'TELEGRAM' | 'VIBER' | 'VK' | 'WHATSAPP' | 'INSTAGRAM' | 'MANUAL' | (string & {});
export type LeelooBotStatus = 'BOT' | 'ADMIN' | (string & {});
export type LeelooMessageType = 'SYSTEM_MESSAGE' | 'BOT_MESSAGE' | 'YOUR_MESSAGE' | 'FRIEND_MESSAGE' | (string & {});
export type LeelooGender = 'FEMALE' | 'MALE' | (string & {});
/** SUCCESS CONFIRMED; RESOLVED/REJECTED INFERRED (written by one client); a pending state GUESS (§8). */
export type LeelooOrderStatus = 'SUCCESS' | 'RESOLVED' | 'REJECTED' | 'PENDING' | (string & {});

export interface LeelooLink<T extends string> {
  type: T;
  id: string;
}

/** §4: `filteredCount` is the page length, `totalCount` all matches. */
export interface LeelooListMeta {
  limit: number;
  offset: number;
  filteredCount: number;
  totalCount: number;
}

/** §3.1 success envelope; `status: 1` is the only success value. */
export interface LeelooEnvelope<T> {
  status: 1;
  data: T;
}

export interface LeelooListEnvelope<T> extends LeelooEnvelope<T[]> {
  meta: LeelooListMeta;
}

/** §3.2 error envelope (one recorded sample: `UNKNOWN_ERROR` with a traceId UUID). */
export interface LeelooErrorBody {
  status: 0;
  error?: { code?: string; message?: string; traceId?: string };
}

/** §5.1 list item. */
export interface LeelooAccountListItem {
  id: string;
  name: string;
  /** Tag names, not ids (§5.5). */
  tags: string[];
  from: LeelooSource;
  botStatus: LeelooBotStatus;
  /** GUESS: missing for accounts that never wrote (§5.1). */
  lastMessageTime?: string;
  createdAt: string;
  /** INFERRED: seen in one real list item (§5.1, §7). */
  person_id?: string;
  /** GUESS (§5.1). */
  updatedAt?: string;
}

/** §5.2 `subscribeHistory[]`: names only, no ids. */
export interface LeelooSubscription {
  tunnelName: string;
  leadgentoolName: string;
  trafficSource: string;
}

/** §5.2 account details. */
export interface LeelooAccountDetails {
  id: string;
  name: string;
  tags: string[];
  from: LeelooSource;
  botStatus: LeelooBotStatus;
  /** Facebook only. */
  gender?: LeelooGender;
  /** Free-form as typed in the messenger; see phone.ts. */
  phone?: string;
  /** May be the sentinel `"NOT_DEFINED"`. */
  email?: string;
  locale?: string;
  subscribeHistory?: LeelooSubscription[];
  links?: {
    contactedUsers?: LeelooLink<'users'>[];
    orders?: LeelooLink<'orders'>[];
  };
  /** Display name (free text, often Cyrillic) → string value. */
  custom_fields?: Record<string, string>;
  createdAt: string;
  updatedAt?: string;
}

/** §5.7 platform user (operator); also `included.users[]`. */
export interface LeelooUser {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** §5.2 `included.orders[]`. The doc example has no `id`: pair with `links.orders` by index. */
export interface LeelooIncludedOrder {
  id?: string;
  /** INFERRED: major currency units (§5.2). */
  price: number;
  currency: string;
  paymentMethod: string;
  status: LeelooOrderStatus;
  updatedAt: string;
}

export type LeelooInclude = 'contactedUsers' | 'orders';

export interface LeelooAccountDetailsEnvelope extends LeelooEnvelope<LeelooAccountDetails> {
  /** Present only for what `include` asked for (INFERRED, §5.2). */
  included?: { users?: LeelooUser[]; orders?: LeelooIncludedOrder[] };
}

/** §5.3 chat message. */
export interface LeelooChatMessage {
  id: string;
  text: string;
  type: LeelooMessageType;
  read: boolean;
  createdAt: string;
  updatedAt: string;
  /** INFERRED: only on YOUR_MESSAGE. */
  links?: { createdBy?: LeelooLink<'users'> };
}

/** §5.6 template category and template. */
export interface LeelooTemplateCategory {
  id: string;
  name: string;
}

export interface LeelooTemplate {
  id: string;
  message_name: string;
}

export interface LeelooPageQuery {
  limit?: number;
  offset?: number;
}

export interface LeelooAccountsQuery extends LeelooPageQuery {
  /** Sent as `filter[tags]=a,b` (§5.1). */
  tags?: string[];
}

/** §5.6 send-message body. */
export interface LeelooSendMessageBody {
  text: string;
  account_id: string;
}

/** §5.6 send-template body; `variables` is CONFIRMED for v2 only. */
export interface LeelooSendTemplateBody {
  account_id: string;
  template_id: string;
  variables?: Record<string, string>;
}

/** §5.5 tag write body. */
export interface LeelooTagBody {
  tag_id: string;
}

/** §5.8 manual order (INFERRED from two clients). */
export interface LeelooCreateOrderBody {
  paymentCreditsId: string;
  offerId: string;
  accountId: string;
  email?: string;
  phone?: string;
  /** UTC, `YYYY-MM-DD HH:mm` or `YYYY-MM-DD HH:mm:ss`. */
  transactionDate?: string;
  /** One client sends the string "false". */
  isNotifyAccount?: boolean | 'true' | 'false';
}

/** Write results: `{}` or `{id}` when something was created (§3.1). */
export interface LeelooWriteResult {
  id?: string;
  [key: string]: unknown;
}

/** Every endpoint the client calls, by its stable label. */
export interface LeelooEndpoints {
  'GET accounts': { query: LeelooAccountsQuery; response: LeelooListEnvelope<LeelooAccountListItem> };
  'GET accounts/:id': { query: { include?: LeelooInclude[] }; response: LeelooAccountDetailsEnvelope };
  'GET accounts/:id/chat-messages': { query: LeelooPageQuery; response: LeelooListEnvelope<LeelooChatMessage> };
  'GET users': { query: LeelooPageQuery; response: LeelooListEnvelope<LeelooUser> };
  'GET users/:id': { query: Record<string, never>; response: LeelooEnvelope<LeelooUser> };
  'PUT accounts/:id/add-tag': { body: LeelooTagBody; response: LeelooEnvelope<LeelooWriteResult> };
  'PUT accounts/:id/remove-tag': { body: LeelooTagBody; response: LeelooEnvelope<LeelooWriteResult> };
  'POST messages/send-message': { body: LeelooSendMessageBody; response: LeelooEnvelope<LeelooWriteResult> };
  'POST messages/send-template': { body: LeelooSendTemplateBody; response: LeelooEnvelope<LeelooWriteResult> };
  'GET categories/templates': { query: Record<string, never>; response: LeelooEnvelope<{ categories: LeelooTemplateCategory[] }> };
  'GET categories/templates/:id': { query: Record<string, never>; response: LeelooEnvelope<{ templates: LeelooTemplate[] }> };
  'POST orders': { body: LeelooCreateOrderBody; response: LeelooEnvelope<LeelooWriteResult> };
}

export type LeelooEndpoint = keyof LeelooEndpoints;
export type LeelooResponse<E extends LeelooEndpoint> = LeelooEndpoints[E]['response'];
