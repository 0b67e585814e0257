import type { CallRow as SimCall, Tag as SimTag } from '../../../src/simulators/uis/types.js';
import type { TestGateway } from '../../helpers/gateway.js';
import { warm } from './helpers.js';

/** Shared by the call-tag mutation tests. */

export const gid = (type: string, raw: string | number) => Buffer.from(`${type}:${raw}`).toString('base64');
/** A Call's global ID: session id plus its start time as 14 digits (shapes.ts). */
export const callId = (c: SimCall) => gid('Call', `${c.id}:${c.start_time.replace(/\D/g, '')}`);
export const tagId = (t: SimTag) => gid('Tag', t.id);

/** warm(), plus the shared tag list (one get.tags per minute), so counts show only the mutation's requests. */
export async function warmWithTags(gw: TestGateway): Promise<void> {
  await gw.execute('{ tag(id: "1") { name } }');
  await warm(gw);
}

/** Tag writes of either kind the simulator received. */
export function tagWrites(gw: TestGateway): number {
  return gw.sims.uis.count('set.tag_communications') + gw.sims.uis.count('unset.tag_communications');
}

/** Waits (briefly) until a condition holds. */
export async function until(check: () => boolean, ms = 2_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
