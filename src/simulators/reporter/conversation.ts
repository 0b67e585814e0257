import type { Rng } from '../dataset/prng.js';
import { CITIES, NO_MATCH, OPERATOR_LINES, OPERATORS, PLANS, TOPICS, TRANSFER_ANSWER, UTM_SOURCES } from './catalogue.js';
import type { ClientRecord, MessageRecord, SessionRecord } from './records.js';

const ORDINARY_TOPICS = TOPICS.filter((x) => x.intent !== 'Operator');
const OPERATOR_TOPIC = TOPICS.find((x) => x.intent === 'Operator')!;

export interface ConversationInput {
  sessionId: string;
  client: ClientRecord;
  startMs: number;
  projectShortName: string;
}

/**
 * One session and its messages. `questionCount` counts the client's phrases; an "empty" session
 * (WITHOUT_EMPTY_SESSIONS) has only a bot event. Transferred sessions continue in livechat with
 * an operator (`isLivechat`, `operatorInfo`). Message `status` only on Telegram and VK, the
 * channels the seed docs name for statuses (SENT on Telegram/VK, READ on VK).
 */
export function generateConversation(rng: Rng, input: ConversationInput): { session: SessionRecord; messages: MessageRecord[] } {
  const { sessionId, client, startMs } = input;
  const channel = client.channelType;
  const empty = rng.bool(0.05);
  const count = empty ? 0 : rng.int(1, 15);
  const phone = channel === 'telephony';
  const outgoing = phone && rng.bool(0.3);
  const transfer = !empty && count >= 3 && rng.bool(0.08);
  const transferAt = transfer ? rng.int(1, count - 2) : -1;
  const operator = rng.pick(OPERATORS);

  const messages: MessageRecord[] = [];
  let t = startMs;
  let prevState = '/Start';
  if (empty || (channel === 'chatwidget' && rng.bool(0.3))) {
    messages.push(message(rng, sessionId, t, { event: empty ? 'noMatchTimeout' : 'widgetOpened', textAnswer: 'Hi! Ask me anything about your order.' }));
    t += rng.int(2_000, 20_000);
  }
  for (let i = 0; i < count; i++) {
    const livechat = transfer && i > transferAt;
    let question: string;
    let textAnswer: string;
    let nlp: MessageRecord['nlpInfo'];
    let order: string | undefined;
    if (i === 0 && channel === 'telegram' && rng.bool(0.3)) {
      question = '/start';
      textAnswer = TOPICS[0].answers[0];
      nlp = { nlpState: '/Start', nlpClass: '/Start', fromState: '/', rule: '/start', ruleType: 'event', confidence: 1 };
    } else if (i === transferAt) {
      const topic = OPERATOR_TOPIC;
      question = rng.pick(topic.questions);
      textAnswer = TRANSFER_ANSWER;
      nlp = { nlpState: topic.nlpState, nlpClass: topic.nlpClass, fromState: prevState, rule: topic.intent, ruleType: 'intent', confidence: round(0.7 + rng.next() * 0.29) };
    } else if (livechat) {
      question = rng.pick(rng.pick(TOPICS).questions);
      textAnswer = rng.pick(OPERATOR_LINES);
    } else if (rng.bool(0.1)) {
      question = rng.pick(NO_MATCH.questions);
      textAnswer = NO_MATCH.answers[0];
      nlp = { nlpState: NO_MATCH.nlpState, nlpClass: NO_MATCH.nlpClass, fromState: prevState, rule: 'noMatch', ruleType: 'event', confidence: 0 };
    } else {
      const topic = rng.pick(ORDINARY_TOPICS);
      question = rng.pick(topic.questions);
      textAnswer = rng.pick(topic.answers);
      const pattern = rng.bool(0.2);
      nlp = {
        nlpState: topic.nlpState,
        nlpClass: topic.nlpClass,
        fromState: prevState,
        rule: topic.intent,
        ruleType: pattern ? 'pattern' : 'intent',
        ...(pattern ? { pattern: `$regex<${topic.intent.toLowerCase()}>`, effectivePattern: topic.intent.toLowerCase() } : {}),
        confidence: round(0.55 + rng.next() * 0.44),
      };
      if (topic.intent.startsWith('Order')) order = `ORD-${rng.int(10_000, 99_999)}`;
    }
    if (nlp?.nlpState) prevState = nlp.nlpState;
    const m = message(rng, sessionId, t, { question, textAnswer, nlpInfo: nlp, order });
    if (livechat) {
      m.isLivechat = true;
      m.operatorInfo = { ...operator, channelType: 'livechat' };
    }
    if (channel === 'telegram') m.status = rng.pick(['SENT', 'DELIVERED', 'DELIVERED', 'NOT_SENT']);
    if (channel === 'vk') m.status = rng.pick(['SENT', 'DELIVERED', 'READ', 'READ']);
    if (channel === 'chatwidget') {
      m.pageName = rng.pick(['/catalog', '/cart', '/orders', '/']);
      m.previousPageName = '/';
    }
    messages.push(m);
    t += phone ? rng.int(3_000, 15_000) : rng.int(5_000, 90_000);
  }

  const questions = messages.filter((m) => m.question);
  const endMs = messages.length ? messages[messages.length - 1].tsMs + (messages[messages.length - 1].processingTime ?? 0) : startMs;
  const sessionData: Record<string, string> = { city: rng.pick(CITIES), plan: rng.pick(PLANS) };
  if (channel === 'chatwidget') sessionData.utm_source = rng.pick(UTM_SOURCES);
  if (rng.bool(0.3)) sessionData.orderId = `ORD-${rng.int(10_000, 99_999)}`;
  const session: SessionRecord = {
    sessionId,
    projectShortName: input.projectShortName,
    channelType: channel,
    botId: client.botId,
    client: { id: client.id, firstName: client.firstName, lastName: client.lastName, username: client.username },
    startTime: new Date(startMs).toISOString(),
    firstQuestion: questions[0]?.question,
    lastQuestion: questions[questions.length - 1]?.question,
    questionCount: questions.length,
    duration: endMs - startMs,
    sessionResult: empty ? 'ABANDONED' : transfer ? 'TRANSFERRED' : rng.bool(0.65) ? 'RESOLVED' : 'UNRESOLVED',
    isLivechat: transfer,
    sessionData,
    responseData: { lastState: prevState, ...(sessionData.orderId ? { order: { id: sessionData.orderId } } : {}) },
    clientKey: client.key,
    startMs,
    endMs,
    labelIds: [],
    transfer,
    initiator: outgoing ? 'BOT' : 'CLIENT',
    questionIds: messages.map((m) => m.questionId),
  };
  if (phone) {
    session.isCallIncoming = !outgoing;
    if (outgoing) session.callTaskId = 7000 + rng.int(1, 5);
    session.audioFileUrl = `https://records.jaicp.example/calls/${sessionId}.wav`;
  }
  return { session, messages };
}

interface MessageParts {
  question?: string;
  textAnswer?: string;
  event?: string;
  nlpInfo?: MessageRecord['nlpInfo'];
  order?: string;
}

/**
 * Every field is set in the literal, in one order, so that 40 000 messages share one hidden class
 * (adding optional fields later made generation several times slower). Undefined fields are
 * dropped by JSON.stringify, so the wire never shows them.
 */
function message(rng: Rng, sessionId: string, tsMs: number, p: MessageParts): MessageRecord {
  const text = p.textAnswer ?? '';
  return {
    timestamp: new Date(tsMs).toISOString(),
    questionId: uuid(rng),
    isLivechat: false,
    sessionId,
    question: p.question,
    textAnswer: p.textAnswer,
    event: p.event,
    operatorInfo: undefined,
    nlpInfo: p.nlpInfo,
    pageName: undefined,
    previousPageName: undefined,
    responseData: p.order ? { replies: [{ type: 'text', text }], order: { id: p.order, status: 'IN_TRANSIT' } } : plainReply(text),
    exception: rng.next() < 0.01 ? 'java.lang.IllegalStateException: script timeout' : undefined,
    processingTime: rng.int(40, 900),
    cleaned: false,
    comment: rng.next() < 0.015 ? rng.pick(COMMENTS) : undefined,
    status: undefined,
    tsMs,
    labelIds: [],
  };
}

/** responseData without order details is shared per answer text: the simulator never mutates it. */
const REPLIES = new Map<string, Record<string, unknown>>();
function plainReply(text: string): Record<string, unknown> {
  let r = REPLIES.get(text);
  if (!r) REPLIES.set(text, (r = Object.freeze({ replies: Object.freeze([Object.freeze({ type: 'text', text })]) })));
  return r;
}

const COMMENTS = ['Check this answer', 'Good example for training', 'Wrong intent'];

/** A v4-looking UUID from four draws (cheaper than 31 single hex digits for 40 000 messages). */
export function uuid(rng: Rng): string {
  const h = hex8(rng) + hex8(rng) + hex8(rng) + hex8(rng);
  // join() yields a flat string; concatenated slices would keep a rope of small strings alive per id.
  return [h.slice(0, 8), h.slice(8, 12), `4${h.slice(13, 16)}`, h.slice(16, 20), h.slice(20, 32)].join('-');
}

function hex8(rng: Rng): string {
  return (Math.floor(rng.next() * 0x1_0000_0000) + 0x1_0000_0000).toString(16).slice(1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
