import type { UisData } from './data.js';
import type { CallRow } from './types.js';

/**
 * The calls one UIS simulator serves: the dataset's, plus those that ended during the run
 * (activity.ts). The dataset's list is copied (references only), so a simulator can add calls
 * without changing what another simulator of the same dataset sees; a call's tags stay on its row
 * (README: UIS keeps that one mutable fact on the rows).
 */
export class UisCalls {
  /** Sorted by start_time, then id (wire dates of one zone compare as strings). */
  readonly list: CallRow[];
  private readonly addedById = new Map<number, CallRow>();
  private readonly addedByCommunicationId = new Map<number, CallRow>();
  private maxId = 0;
  private maxCommunicationId = 0;
  /** Calls per contact number, counted on first use. */
  private perPhone: Map<string, number> | undefined;

  constructor(private readonly data: UisData) {
    this.list = [...data.calls];
    for (const c of this.list) {
      if (c.id > this.maxId) this.maxId = c.id;
      if (c.communication_id > this.maxCommunicationId) this.maxCommunicationId = c.communication_id;
    }
  }

  byId(id: number): CallRow | undefined {
    return this.addedById.get(id) ?? this.data.callsById.get(id);
  }

  byCommunicationId(id: number): CallRow | undefined {
    return this.addedByCommunicationId.get(id) ?? this.data.callsByCommunicationId.get(id);
  }

  /** The largest call-session and communication ids so far: new calls count on from them. */
  lastIds(): { id: number; communicationId: number } {
    return { id: this.maxId, communicationId: this.maxCommunicationId };
  }

  /** Calls so far with this contact number (a new call's ordinal, `visitor_type`). */
  countByPhone(phone: string): number {
    if (!this.perPhone) {
      this.perPhone = new Map();
      for (const c of this.list) if (c.contact_phone_number) this.perPhone.set(c.contact_phone_number, (this.perPhone.get(c.contact_phone_number) ?? 0) + 1);
    }
    return this.perPhone.get(phone) ?? 0;
  }

  add(call: CallRow): void {
    // Binary search for the first row that sorts after it: a call that ended now may have started
    // before calls that ended earlier.
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = this.list[mid]!;
      if (m.start_time < call.start_time || (m.start_time === call.start_time && m.id < call.id)) lo = mid + 1;
      else hi = mid;
    }
    this.list.splice(lo, 0, call);
    this.maxId = Math.max(this.maxId, call.id);
    this.maxCommunicationId = Math.max(this.maxCommunicationId, call.communication_id);
    if (this.perPhone && call.contact_phone_number) this.perPhone.set(call.contact_phone_number, (this.perPhone.get(call.contact_phone_number) ?? 0) + 1);
    this.addedById.set(call.id, call);
    this.addedByCommunicationId.set(call.communication_id, call);
  }
}
