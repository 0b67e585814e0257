/**
 * The Leeloo v1 shapes this simulator sends, written from ../shared/specs/leeloo-api.md (section in
 * each comment), not from the gateway's client: the two sides meet only on the wire. Enums are
 * strings (§8: never reject an unknown value); sentinels such as `email: "NOT_DEFINED"` are sent raw.
 */

/** §4 list `meta`: `filteredCount` is the page length, `totalCount` every match. */
export interface LeelooListMeta {
  limit: number;
  offset: number;
  filteredCount: number;
  totalCount: number;
}

/** §5.1 list item. */
export interface LeelooAccountListItem {
  id: string;
  name: string;
  /** Tag names, not ids (§5.5). */
  tags: string[];
  /** §8: FACEBOOK, TELEGRAM, … */
  from: string;
  /** BOT | ADMIN */
  botStatus: string;
  /** May be missing for accounts that never wrote (GUESS). */
  lastMessageTime?: string;
  createdAt: string;
  /** Not in the docs; seen in one real list item (INFERRED). */
  person_id?: string;
}

/** §5.2 `subscribeHistory[]`: names only, no ids. */
export interface LeelooSubscription {
  tunnelName: string;
  leadgentoolName: string;
  trafficSource: string;
}

/** §5.2 `links.*[]`. */
export interface LeelooLink {
  type: 'users' | 'orders';
  id: string;
}

/** §5.2 account details. */
export interface LeelooAccountDetails {
  id: string;
  name: string;
  tags: string[];
  from: string;
  botStatus: string;
  /** Facebook only. */
  gender?: string;
  phone?: string;
  /** May be the sentinel `"NOT_DEFINED"`. */
  email?: string;
  locale?: string;
  subscribeHistory?: LeelooSubscription[];
  links?: { contactedUsers?: LeelooLink[]; orders?: LeelooLink[] };
  /** Display name (free text) → string value. */
  custom_fields?: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** §5.7 platform user (operator); also `included.users[]`. */
export interface LeelooUser {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

/** §5.2 `included.orders[]`: the doc example has no `id`. */
export interface LeelooIncludedOrder {
  id?: string;
  price: number;
  currency: string;
  paymentMethod: string;
  status: string;
  updatedAt: string;
}

/** §5.3 chat message; `type` SYSTEM_MESSAGE | BOT_MESSAGE | YOUR_MESSAGE | FRIEND_MESSAGE. */
export interface LeelooChatMessage {
  id: string;
  text: string;
  type: string;
  read: boolean;
  createdAt: string;
  updatedAt: string;
  /** On YOUR_MESSAGE only (INFERRED). */
  links?: { createdBy?: LeelooLink };
}

/** §5.6 `GET categories/templates` items. */
export interface LeelooTemplateCategory {
  id: string;
  name: string;
}

/** §5.6 `GET categories/templates/{id}` items. */
export interface LeelooTemplate {
  id: string;
  message_name: string;
}
