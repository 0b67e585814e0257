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

  constructor(private readonly data: UisData) {
    this.list = [...data.calls];
  }

  byId(id: number): CallRow | undefined {
    return this.addedById.get(id) ?? this.data.callsById.get(id);
  }

  byCommunicationId(id: number): CallRow | undefined {
    return this.addedByCommunicationId.get(id) ?? this.data.callsByCommunicationId.get(id);
  }

  /** The largest call-session and communication ids so far: new calls count on from them. */
  lastIds(): { id: number; communicationId: number } {
    let id = 0;
    let communicationId = 0;
    for (const c of this.list) {
      if (c.id > id) id = c.id;
      if (c.communication_id > communicationId) communicationId = c.communication_id;
    }
    return { id, communicationId };
  }

  /** Calls so far with this contact number (a new call's ordinal, `visitor_type`). */
  countByPhone(phone: string): number {
    return this.list.reduce((n, c) => n + (c.contact_phone_number === phone ? 1 : 0), 0);
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
    this.addedById.set(call.id, call);
    this.addedByCommunicationId.set(call.communication_id, call);
  }
}
