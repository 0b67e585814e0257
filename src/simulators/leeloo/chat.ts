import type { Rng } from '../dataset/prng.js';
import { objectId } from './ids.js';
import type { LeelooChatMessage } from './types.js';

const FRIEND_TEXTS = [
  'Здравствуйте',
  'Сколько стоит курс?',
  'Hi! Is delivery available to Kazan?',
  'Спасибо!',
  'Когда следующий вебинар?',
  'Можно оплатить картой?',
  'ок',
  'Не пришла ссылка на оплату',
  'Добрый вечер, хочу записаться',
  '👍',
];
const BOT_TEXTS = [
  'Good morning, {name}! \n\nTest message content',
  'Спасибо за подписку! Ваш подарок: https://example.com/gift',
  'Напоминаем: вебинар завтра в 19:00 (МСК)',
  'Выберите тариф:\n1. Базовый\n2. Премиум',
  'Ваш заказ принят, ожидайте подтверждения',
  '',
];
const OPERATOR_TEXTS = [
  'Добрый день! Чем могу помочь?',
  'Отправил вам счёт на почту',
  'Уточню у коллег и вернусь с ответом',
  'Ссылка на оплату: https://example.com/pay',
  'Hello! Let me check that for you.',
];

export interface ChatInput {
  rng: Rng;
  /** Subscription time: the first (system) message. */
  createdAtMs: number;
  /** Every message lies before this. */
  endMs: number;
  /** Operators who may write YOUR_MESSAGEs; none → no YOUR_MESSAGE. */
  operatorIds: string[];
  /** Order creation times: each leaves a SYSTEM_MESSAGE (§5.3 "order created or changed"). */
  orderTimesMs: number[];
  /** Messages besides the order notices, 0–60. */
  count: number;
}

/**
 * One account's chat history, oldest first (the server serves it newest first, §5.3). It opens
 * with the subscription notice and a greeting, then mixes all four types; YOUR_MESSAGE carries
 * `links.createdBy` (INFERRED: only that type has it). Unread are only the subscriber's latest
 * messages after the company's last answer.
 */
export function generateChat(input: ChatInput): LeelooChatMessage[] {
  const { rng, createdAtMs, endMs, operatorIds } = input;
  if (input.count === 0 && input.orderTimesMs.length === 0) return [];
  const span = Math.max(1, endMs - createdAtMs);
  const times: number[] = [];
  for (let i = 0; i < input.count; i++) times.push(createdAtMs + 1000 + Math.floor(rng.next() * (span - 1000)));
  times.sort((a, b) => a - b);
  if (times.length > 0) times[0] = createdAtMs;

  type Draft = { at: number; type: string; text: string; by?: string };
  const drafts: Draft[] = times.map((at, i): Draft => {
    if (i === 0) return { at, type: 'SYSTEM_MESSAGE', text: '' };
    if (i === 1) return { at, type: 'BOT_MESSAGE', text: BOT_TEXTS[0] };
    const roll = rng.next();
    if (roll < 0.42) return { at, type: 'FRIEND_MESSAGE', text: rng.pick(FRIEND_TEXTS) };
    if (roll < 0.72 || operatorIds.length === 0) return { at, type: 'BOT_MESSAGE', text: rng.pick(BOT_TEXTS) };
    if (roll < 0.93) return { at, type: 'YOUR_MESSAGE', text: rng.pick(OPERATOR_TEXTS), by: rng.pick(operatorIds) };
    return { at, type: 'SYSTEM_MESSAGE', text: '' };
  });
  for (const at of input.orderTimesMs) drafts.push({ at, type: 'SYSTEM_MESSAGE', text: '' });
  drafts.sort((a, b) => a.at - b.at);

  let lastAnswer = -1;
  drafts.forEach((d, i) => {
    if (d.type === 'BOT_MESSAGE' || d.type === 'YOUR_MESSAGE') lastAnswer = i;
  });
  return drafts.map((d, i) => {
    const createdAt = new Date(d.at).toISOString();
    const message: LeelooChatMessage = {
      id: objectId(rng, d.at),
      text: d.text,
      type: d.type,
      read: !(d.type === 'FRIEND_MESSAGE' && i > lastAnswer && rng.bool(0.6)),
      createdAt,
      updatedAt: createdAt,
    };
    if (d.by) message.links = { createdBy: { type: 'users', id: d.by } };
    return message;
  });
}
