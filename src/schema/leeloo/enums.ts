import { builder } from '../builder.js';

/**
 * Leeloo's enumerated values are open (§8: "never reject unknown values"): each enum here has an
 * UNKNOWN fallback, and every field using one has a raw String twin, so a value Leeloo adds later
 * never breaks a response.
 */
export const UNKNOWN = 'UNKNOWN';

/** The GraphQL value for a wire value: itself when known, UNKNOWN otherwise (null stays null). */
export function knownOr<K extends string>(known: readonly K[], raw: string | null | undefined): K | typeof UNKNOWN | null {
  if (raw === null || raw === undefined || raw === '') return null;
  return (known as readonly string[]).includes(raw) ? (raw as K) : UNKNOWN;
}

const unknownValue = { description: 'A value this gateway does not know yet; the raw field has it.' };

/** §8 `from`: FACEBOOK/TELEGRAM CONFIRMED, MANUAL INFERRED, the others GUESS for the exact strings. */
export const MESSENGERS = ['FACEBOOK', 'TELEGRAM', 'VIBER', 'VK', 'WHATSAPP', 'INSTAGRAM', 'MANUAL'] as const;
export const LeelooMessengerEnum = builder.enumType('LeelooMessenger', {
  description: 'The messenger a Leeloo account (one channel of a person) comes from (Leeloo `from`).',
  values: {
    FACEBOOK: { description: 'Facebook Messenger (confirmed by the docs).' },
    TELEGRAM: { description: 'Telegram (confirmed by the docs).' },
    VIBER: { description: 'Viber (exact wire string guessed).' },
    VK: { description: 'VKontakte (exact wire string guessed).' },
    WHATSAPP: { description: 'WhatsApp (exact wire string guessed).' },
    INSTAGRAM: { description: 'Instagram (exact wire string guessed).' },
    MANUAL: { description: 'A channel created by hand or through the API, not by a messenger (inferred).' },
    UNKNOWN: unknownValue,
  },
});

/** §8 `botStatus`, CONFIRMED. */
export const BOT_STATUSES = ['BOT', 'ADMIN'] as const;
export const LeelooBotStatusEnum = builder.enumType('LeelooBotStatus', {
  description: 'Who is answering a Leeloo account (Leeloo `botStatus`).',
  values: {
    BOT: { description: 'The bot answers: its messages reach the subscriber.' },
    ADMIN: { description: 'A human operator is chatting and the bot is muted.' },
    UNKNOWN: unknownValue,
  },
});

/** §8 `gender`: FEMALE CONFIRMED, MALE INFERRED; absent for non-Facebook accounts. */
export const GENDERS = ['FEMALE', 'MALE'] as const;
export const LeelooGenderEnum = builder.enumType('LeelooGender', {
  description: 'Gender as Facebook reports it (other messengers send none).',
  values: {
    FEMALE: { description: 'Female.' },
    MALE: { description: 'Male.' },
    UNKNOWN: unknownValue,
  },
});

/** §5.3 chat `type`, CONFIRMED; renamed to what each means for a frontend. */
export const MESSAGE_TYPES = { SYSTEM_MESSAGE: 'SYSTEM', BOT_MESSAGE: 'BOT', YOUR_MESSAGE: 'MANUAL', FRIEND_MESSAGE: 'FROM_CLIENT' } as const;
export type LeelooChatMessageKind = (typeof MESSAGE_TYPES)[keyof typeof MESSAGE_TYPES] | typeof UNKNOWN;
export const LeelooChatMessageTypeEnum = builder.enumType('LeelooChatMessageType', {
  description: 'Who or what produced a Leeloo chat message (Leeloo `type`).',
  values: {
    SYSTEM: { description: 'An account event such as a subscription or an order change (`SYSTEM_MESSAGE`).' },
    BOT: { description: 'Sent without direct human action: broadcast, tunnel, smart reply, greeting (`BOT_MESSAGE`).' },
    MANUAL: { description: 'Written by hand by a platform user on the Chats page (`YOUR_MESSAGE`).' },
    FROM_CLIENT: { description: 'Written by the subscriber (`FRIEND_MESSAGE`).' },
    UNKNOWN: unknownValue,
  },
});

export function messageKind(raw: string | null | undefined): LeelooChatMessageKind | null {
  if (!raw) return null;
  return (MESSAGE_TYPES as Record<string, LeelooChatMessageKind>)[raw] ?? UNKNOWN;
}

/** §8 order `status`: SUCCESS CONFIRMED, RESOLVED/REJECTED INFERRED, PENDING a GUESS. */
export const ORDER_STATUSES = ['SUCCESS', 'RESOLVED', 'REJECTED', 'PENDING'] as const;
export const LeelooOrderStatusEnum = builder.enumType('LeelooOrderStatus', {
  description: 'State of a Leeloo order (Leeloo order `status`; only SUCCESS is documented).',
  values: {
    SUCCESS: { description: 'Paid (documented).' },
    RESOLVED: { description: 'A manual order confirmed by an operator (inferred).' },
    REJECTED: { description: 'A manual order rejected by an operator (inferred).' },
    PENDING: { description: 'Created, not paid yet (the wire name is a guess).' },
    UNKNOWN: unknownValue,
  },
});
