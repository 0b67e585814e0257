import type { Handler, SimRequest, SimResponse, SimServer } from '../harness.js';
import type { LeelooAccountRecord } from './data.js';
import { API } from './routes-read.js';
import type { LeelooState } from './state.js';
import { invalidAnswer, isNonEmptyString, notFoundAnswer, okAnswer, readBody } from './wire.js';

/** §5.8: `transactionDate` is UTC `YYYY-MM-DD HH:mm` or `YYYY-MM-DD HH:mm:ss`. */
const TRANSACTION_DATE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/;

/**
 * Write routes (§5.5, §5.6, §5.8). Answers are `{status:1, data:{}}`, or `data:{id}` when
 * something was created (§3.1; the exact write bodies are INFERRED). Every change persists.
 */
export function registerWriteRoutes(sim: SimServer, state: LeelooState, guard: (h: Handler) => Handler): void {
  const rng = state.rng;

  const tagRoute = (action: 'add' | 'remove'): Handler =>
    guard((req) => {
      const account = state.account(req.params.id);
      if (!account) return notFoundAnswer(rng, 'Account');
      const body = readBody(req);
      if (!body) return invalidAnswer(rng, 'Request body must be JSON');
      if (!isNonEmptyString(body.tag_id)) return invalidAnswer(rng, '"tag_id" is required');
      // §5.5: writes take the tag id; reads show names. The registry maps one to the other.
      const tag = state.tag(body.tag_id);
      if (!tag) return notFoundAnswer(rng, 'Tag');
      if (action === 'add') state.addTag(account, tag);
      else state.removeTag(account, tag);
      return okAnswer({});
    });
  sim.route('PUT', `${API}/accounts/:id/add-tag`, tagRoute('add'), 'PUT accounts/:id/add-tag');
  sim.route('PUT', `${API}/accounts/:id/remove-tag`, tagRoute('remove'), 'PUT accounts/:id/remove-tag');

  // §5.6 send-message: delivered through the account's messenger as the company. The chat
  // records it as YOUR_MESSAGE (GUESS: the docs leave YOUR vs BOT open).
  sim.route('POST', `${API}/messages/send-message`, guard((req) => {
    const found = bodyAccount(state, req);
    if ('answer' in found) return found.answer;
    if (typeof found.body.text !== 'string' || found.body.text.length === 0) return invalidAnswer(rng, '"text" is required');
    state.appendMessage(found.account, 'YOUR_MESSAGE', found.body.text);
    return okAnswer({});
  }), 'POST messages/send-message');

  // §5.6 send-template: recorded as a BOT_MESSAGE whose text is the template's name (GUESS:
  // the template's content is not exposed by any documented endpoint).
  sim.route('POST', `${API}/messages/send-template`, guard((req) => {
    const found = bodyAccount(state, req);
    if ('answer' in found) return found.answer;
    if (!isNonEmptyString(found.body.template_id)) return invalidAnswer(rng, '"template_id" is required');
    const template = state.template(found.body.template_id);
    if (!template) return notFoundAnswer(rng, 'Template');
    state.appendMessage(found.account, 'BOT_MESSAGE', template.message_name);
    return okAnswer({});
  }), 'POST messages/send-template');

  // §5.8 POST /orders (INFERRED from two clients): needs the account, an offer and a payment method.
  sim.route('POST', `${API}/orders`, guard((req) => {
    const body = readBody(req);
    if (!body) return invalidAnswer(rng, 'Request body must be JSON');
    for (const field of ['accountId', 'offerId', 'paymentCreditsId'] as const) {
      if (!isNonEmptyString(body[field])) return invalidAnswer(rng, `"${field}" is required`);
    }
    if (body.transactionDate !== undefined && (typeof body.transactionDate !== 'string' || !TRANSACTION_DATE.test(body.transactionDate))) {
      return invalidAnswer(rng, '"transactionDate" must be "YYYY-MM-DD HH:mm[:ss]" (UTC)');
    }
    const account = state.account(body.accountId as string);
    if (!account) return notFoundAnswer(rng, 'Account');
    const offer = state.offer(body.offerId as string);
    if (!offer) return notFoundAnswer(rng, 'Offer');
    const credits = state.paymentCredits(body.paymentCreditsId as string);
    if (!credits) return notFoundAnswer(rng, 'Payment method');
    const order = state.createOrder(account, offer, credits, body.transactionDate as string | undefined);
    return okAnswer({ id: order.id });
  }), 'POST orders');
}

type BodyAccount = { body: Record<string, unknown>; account: LeelooAccountRecord } | { answer: SimResponse };

/** Both message sends name the account as `account_id` in the body (§5.6). */
function bodyAccount(state: LeelooState, req: SimRequest): BodyAccount {
  const body = readBody(req);
  if (!body) return { answer: invalidAnswer(state.rng, 'Request body must be JSON') };
  if (!isNonEmptyString(body.account_id)) return { answer: invalidAnswer(state.rng, '"account_id" is required') };
  const account = state.account(body.account_id);
  return account ? { body, account } : { answer: notFoundAnswer(state.rng, 'Account') };
}
