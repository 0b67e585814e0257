import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UisSimulator } from '../../../src/simulators/uis/server.js';
import { rpc, startUis } from './rpc-helper.js';

describe('UIS simulator: set/unset.tag_communications (§12.5, §12.6)', () => {
  let sim: UisSimulator;
  let url: string;
  beforeAll(async () => ({ sim, url } = await startUis()));
  afterAll(async () => sim.close());

  it('answers result {} and mutates the call found by communication_ext_id', async () => {
    const call = sim.data.calls.find((c) => c.ext_id !== null && c.tags.length === 0)!;
    const tag = sim.data.tags[12];
    const res = await rpc(url, 'set.tag_communications', { communication_ext_id: call.ext_id, communication_type: 'call', tag_id: tag.id });
    expect(res.result).toEqual({});
    expect(call.tags).toEqual([expect.objectContaining({ tag_id: tag.id, tag_type: 'manual', tag_user_id: sim.data.apiUser.id })]);
    expect(sim.count('set.tag_communications')).toBe(1);
  });

  it('requires communication_type and tag_id, and one of communication_id / communication_ext_id', async () => {
    const noType = await rpc(url, 'set.tag_communications', { communication_id: 1, tag_id: 1 });
    expect(noType.error).toMatchObject({ code: -32602, data: { mnemonic: 'required_parameter_missed', field: 'communication_type' } });
    const noTarget = await rpc(url, 'set.tag_communications', { communication_type: 'call', tag_id: 1 });
    expect(noTarget.error).toMatchObject({ data: { mnemonic: 'required_parameter_missed', field: 'communication_id' } });
    const badType = await rpc(url, 'set.tag_communications', { communication_id: 1, communication_type: 'fax', tag_id: 1 });
    expect(badType.error).toMatchObject({ data: { mnemonic: 'invalid_parameter_value', field: 'communication_type' } });
  });

  it('answers entity_not_found for a communication of another type and for a tag the call does not carry', async () => {
    const call = sim.data.calls.find((c) => c.tags.length === 0 && c.ext_id === null)!;
    const chat = await rpc(url, 'set.tag_communications', { communication_id: call.communication_id, communication_type: 'chat', tag_id: sim.data.tags[0].id });
    expect(chat.error).toMatchObject({ data: { mnemonic: 'entity_not_found', field: 'communication_id' } });
    const unset = await rpc(url, 'unset.tag_communications', { communication_id: call.communication_id, communication_type: 'call', tag_id: sim.data.tags[0].id });
    expect(unset.error).toMatchObject({ data: { mnemonic: 'entity_not_found', field: 'tag_id' } });
  });

  it('does not charge points for a failed write and carries no metadata in its error', async () => {
    const before = sim.budget.snapshot().day_remaining;
    const res = await rpc(url, 'unset.tag_communications', { communication_id: 1, communication_type: 'call', tag_id: 1 });
    expect(res.error!.data.metadata).toBeUndefined();
    expect(sim.budget.snapshot().day_remaining).toBe(before);
  });
});
