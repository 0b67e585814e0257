import type { Person } from '../dataset/people.js';
import { Rng } from '../dataset/prng.js';
import type { UisCalls } from './calls.js';
import type { UisData } from './data.js';
import { makeCall } from './data-calls.js';
import type { CallRow } from './types.js';

/** A wire date's wall-clock reading as ms: differences of two are durations (a DST change aside). */
const wallClock = (w: string) => Date.UTC(+w.slice(0, 4), +w.slice(5, 7) - 1, +w.slice(8, 10), +w.slice(11, 13), +w.slice(14, 16), +w.slice(17, 19));

/** How long one notification may take; the simulator never waits for a gateway that hangs. */
const NOTIFY_TIMEOUT_MS = 2_000;

/**
 * Calls that end during a run, and the HTTP notification UIS sends about each.
 *
 * A call is listed by get.calls_report once it has ended (the simulator has no ongoing calls; §10
 * `include_ongoing_calls`), so a call is made at the moment it ends: its start is that moment less
 * its duration, drawn as the dataset's calls are (data-calls.ts).
 *
 * Notifications (INFERRED: neither the specs nor the seeds describe them; this is what the account's
 * "HTTP notification" settings let an owner configure): on the event "call ended", a POST of a JSON
 * body templated from the call's parameters, to the URL set in `notifyUrl`, no signature, no retry.
 * The body carries `notification_name`, `call_session_id`, `communication_id`, the start and finish
 * times, the direction, whether the call was lost, and the contact and virtual numbers.
 */
export class UisActivity {
  /** Where notifications go (a gateway's `/hooks/uis/<secret>`); unset: none are sent. */
  notifyUrl: string | undefined;
  /** Notifications answered 2xx, and those that failed (any other status, an error, the time limit). */
  readonly notifications = { sent: 0, failed: 0 };
  private readonly rng: Rng;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly data: UisData,
    private readonly calls: UisCalls,
    private readonly people: readonly Person[],
    seed: number,
  ) {
    this.rng = new Rng(seed);
  }

  /**
   * A call that ends at `endMs`, listed from now on, and its notification sent. `phone` (digits)
   * and `lost` pin what a test looks for; otherwise they are drawn as in the dataset.
   */
  endCall(endMs: number, opts: { phone?: string; lost?: boolean } = {}): CallRow {
    const refs = { zone: this.data.account.timezone, employees: this.data.employees, tags: this.data.tags, apiUser: this.data.apiUser };
    const last = this.calls.lastIds();
    const person = opts.phone ? undefined : this.rng.bool(0.85) ? this.rng.pick(this.people) : undefined;
    const phone = opts.phone ?? person?.phoneDigits ?? `7495${String(this.rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const seed = { id: last.id + this.rng.int(1, 40), communicationId: last.communicationId + this.rng.int(1, 25), phone, ordinal: this.calls.countByPhone(phone) + 1, person };
    // The same random stream twice: once to learn the call's length, once to write it ending at endMs.
    for (let tries = 0; ; tries++) {
      const stream = this.rng.int(0, 0x7fffffff);
      const probe = makeCall(new Rng(stream), refs, { ...seed, start: endMs, end: Number.MAX_SAFE_INTEGER });
      if (opts.lost !== undefined && probe.is_lost !== opts.lost && tries < 100) continue;
      const lengthMs = wallClock(probe.finish_time) - wallClock(probe.start_time);
      const call = makeCall(new Rng(stream), refs, { ...seed, start: endMs - lengthMs, end: endMs });
      this.calls.add(call);
      this.notify(call);
      return call;
    }
  }

  /** Resolves when every notification sent so far has been answered (or failed). */
  async settled(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }

  private notify(call: CallRow): void {
    const url = this.notifyUrl;
    if (!url) return;
    const body = {
      notification_name: 'call ended',
      call_session_id: call.id,
      communication_id: call.communication_id,
      start_time: call.start_time,
      finish_time: call.finish_time,
      direction: call.direction,
      is_lost: call.is_lost,
      contact_phone_number: call.contact_phone_number,
      virtual_phone_number: call.virtual_phone_number,
    };
    const sent: Promise<void> = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(NOTIFY_TIMEOUT_MS),
    })
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.ok) this.notifications.sent++;
        else this.notifications.failed++;
      })
      .catch(() => {
        this.notifications.failed++;
      })
      .finally(() => this.inFlight.delete(sent));
    this.inFlight.add(sent);
  }
}
