import { Rng } from '../dataset/prng.js';
import type { LeelooOfferRecord, LeelooPaymentCreditsRecord, LeelooTagRecord, LeelooTemplateCategoryRecord } from './catalog.js';
import type { LeelooAccountRecord, LeelooData, LeelooOrderRecord } from './data.js';
import { objectId } from './ids.js';
import type { LeelooChatMessage, LeelooUser } from './types.js';

/**
 * The simulator's live copy of the tenant. The dataset is cloned, so that two simulators built
 * from one dataset (or a test comparing against it) never see each other's writes; writes persist
 * for the simulator's lifetime.
 */
export class LeelooState {
  readonly data: LeelooData;
  /** GUESS (§4: order undocumented): accounts newest first, users oldest first. */
  readonly accountsNewestFirst: LeelooAccountRecord[];
  readonly usersOldestFirst: LeelooUser[];
  /** Ids and trace ids minted at runtime; seeded so runs are reproducible. */
  readonly rng = new Rng(0x1ee100);
  private readonly accounts = new Map<string, LeelooAccountRecord>();
  private readonly users = new Map<string, LeelooUser>();
  private readonly orders = new Map<string, LeelooOrderRecord>();
  private readonly tags = new Map<string, LeelooTagRecord>();

  constructor(data: LeelooData, private readonly now: () => number = Date.now) {
    this.data = structuredClone(data);
    for (const a of this.data.accounts) this.accounts.set(a.id, a);
    for (const u of this.data.users) this.users.set(u.id, u);
    for (const o of this.data.orders) this.orders.set(o.id, o);
    for (const t of this.data.tags) this.tags.set(t.id, t);
    this.accountsNewestFirst = [...this.data.accounts].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    this.usersOldestFirst = [...this.data.users].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  account(id: string): LeelooAccountRecord | undefined {
    return this.accounts.get(id);
  }

  user(id: string): LeelooUser | undefined {
    return this.users.get(id);
  }

  order(id: string): LeelooOrderRecord | undefined {
    return this.orders.get(id);
  }

  tag(id: string): LeelooTagRecord | undefined {
    return this.tags.get(id);
  }

  category(id: string): LeelooTemplateCategoryRecord | undefined {
    return this.data.templateCategories.find((c) => c.id === id);
  }

  template(id: string): { id: string; message_name: string } | undefined {
    for (const c of this.data.templateCategories) {
      const t = c.templates.find((x) => x.id === id);
      if (t) return t;
    }
    return undefined;
  }

  offer(id: string): LeelooOfferRecord | undefined {
    return this.data.offers.find((o) => o.id === id);
  }

  paymentCredits(id: string): LeelooPaymentCreditsRecord | undefined {
    return this.data.paymentCredits.find((p) => p.id === id);
  }

  /** §5.5: idempotent (GUESS: adding a present tag succeeds and changes nothing). */
  addTag(account: LeelooAccountRecord, tag: LeelooTagRecord): void {
    if (account.tags.includes(tag.name)) return;
    account.tags.push(tag.name);
    account.updatedAt = this.iso();
  }

  /** §5.5: idempotent (GUESS: removing an absent tag succeeds). */
  removeTag(account: LeelooAccountRecord, tag: LeelooTagRecord): void {
    const before = account.tags.length;
    account.tags = account.tags.filter((t) => t !== tag.name);
    if (account.tags.length !== before) account.updatedAt = this.iso();
  }

  /** Appends to the chat (stored oldest first). API sends carry no `links.createdBy` (GUESS: no operator wrote them). */
  appendMessage(account: LeelooAccountRecord, type: string, text: string): LeelooChatMessage {
    const at = this.now();
    const createdAt = new Date(at).toISOString();
    const message: LeelooChatMessage = { id: objectId(this.rng, at), text, type, read: true, createdAt, updatedAt: createdAt };
    account.chat.push(message);
    account.updatedAt = createdAt;
    return message;
  }

  /**
   * §5.8 manual order: price and currency from the offer, `paymentMethod` from the payment
   * credits. The new order is `PENDING` (GUESS: §8 knows no pending state's name) and leaves a
   * SYSTEM_MESSAGE in the chat (§5.3: "order created").
   */
  createOrder(
    account: LeelooAccountRecord,
    offer: LeelooOfferRecord,
    credits: LeelooPaymentCreditsRecord,
    transactionDate?: string,
  ): LeelooOrderRecord {
    const at = this.now();
    const order: LeelooOrderRecord = {
      id: objectId(this.rng, at),
      accountId: account.id,
      price: offer.price,
      currency: offer.currency,
      paymentMethod: credits.paymentMethod,
      status: 'PENDING',
      createdAt: new Date(at).toISOString(),
      updatedAt: new Date(at).toISOString(),
      offerId: offer.id,
      paymentCreditsId: credits.id,
    };
    if (transactionDate) order.transactionDate = transactionDate;
    this.data.orders.push(order);
    this.orders.set(order.id, order);
    account.orderIds.unshift(order.id);
    this.appendMessage(account, 'SYSTEM_MESSAGE', '');
    return order;
  }

  private iso(): string {
    return new Date(this.now()).toISOString();
  }
}
