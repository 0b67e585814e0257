import { describe, expect, it } from 'vitest';
import { ALL_CALLS_REPORT_FIELDS } from '../../../src/backends/uis/fields.js';
import { formatUisDate } from '../../../src/backends/uis/dates.js';
import { createDataset } from '../../../src/simulators/dataset/index.js';
import { ANCHOR } from './rpc-helper.js';

describe('UIS dataset', () => {
  const dataset = createDataset({ seed: 7, anchor: ANCHOR });
  const uis = dataset.uis;

  it('has ~40 employees, ~30 tags with some system ones, and ~6 000 calls at size 1', () => {
    expect(uis.employees).toHaveLength(40);
    expect(uis.tags).toHaveLength(30);
    expect(uis.tags.filter((t) => t.is_system).length).toBeGreaterThan(0);
    expect(uis.calls).toHaveLength(6_000);
  });

  it('is deterministic for a seed', () => {
    const again = createDataset({ seed: 7, anchor: ANCHOR }).uis;
    expect(again.calls.slice(0, 50)).toEqual(uis.calls.slice(0, 50));
    expect(again.employees).toEqual(uis.employees);
    const other = createDataset({ seed: 8, anchor: ANCHOR }).uis;
    expect(other.calls[0].id).not.toBe(uis.calls[0].id);
  });

  it('builds the UIS part in well under 500 ms', async () => {
    const { generateUisData } = await import('../../../src/simulators/uis/data.js');
    const { Rng } = await import('../../../src/simulators/dataset/prng.js');
    const started = performance.now();
    generateUisData({ rng: new Rng(3), people: dataset.people, size: 1, anchor: ANCHOR });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('spreads calls over the 180 days before the anchor, sorted by start_time', () => {
    const anchorText = formatUisDate(ANCHOR);
    const earliest = formatUisDate(new Date(ANCHOR.getTime() - 181 * 86_400_000));
    expect(uis.calls[0].start_time > earliest).toBe(true);
    expect(uis.calls.every((c) => c.start_time < anchorText && c.finish_time <= anchorText)).toBe(true);
    const sorted = [...uis.calls].sort((a, b) => (a.start_time < b.start_time ? -1 : a.start_time > b.start_time ? 1 : a.id - b.id));
    expect(sorted.map((c) => c.id)).toEqual(uis.calls.map((c) => c.id));
  });

  it('fills every documented calls_report field on every call', () => {
    for (const call of uis.calls.slice(0, 200)) {
      for (const field of ALL_CALLS_REPORT_FIELDS) expect(call).toHaveProperty(field);
    }
    const filled = (field: keyof (typeof uis.calls)[number]) => uis.calls.filter((c) => c[field] !== null && !(Array.isArray(c[field]) && (c[field] as unknown[]).length === 0)).length;
    for (const field of ['utm_source', 'site_id', 'campaign_id', 'visitor_id', 'sale_cost', 'contact_id', 'tags', 'scenario_id', 'ext_id', 'call_api_request_id'] as const) {
      expect(filled(field)).toBeGreaterThan(0);
    }
  });

  it('keeps communication_id distinct from the call-session id, both unique and indexed', () => {
    const ids = new Set(uis.calls.map((c) => c.id));
    const communicationIds = new Set(uis.calls.map((c) => c.communication_id));
    expect(ids.size).toBe(uis.calls.length);
    expect(communicationIds.size).toBe(uis.calls.length);
    expect(uis.calls.some((c) => ids.has(c.communication_id))).toBe(false);
    const call = uis.calls[1234];
    expect(uis.callsById.get(call.id)).toBe(call);
    expect(uis.callsByCommunicationId.get(call.communication_id)).toBe(call);
  });

  it('draws most contact numbers from the shared people, several calls per person', () => {
    const phones = new Map(dataset.people.map((p) => [p.phoneDigits, p]));
    const fromPeople = uis.calls.filter((c) => phones.has(c.contact_phone_number!));
    expect(fromPeople.length / uis.calls.length).toBeGreaterThan(0.75);
    expect(fromPeople.length / uis.calls.length).toBeLessThan(0.95);
    const perPerson = new Map<string, number>();
    for (const c of fromPeople) perPerson.set(c.contact_phone_number!, (perPerson.get(c.contact_phone_number!) ?? 0) + 1);
    expect(Math.max(...perPerson.values())).toBeGreaterThan(3);
  });

  it('derives first/last answered and talked employees from employees[]', () => {
    for (const call of uis.calls.slice(0, 500)) {
      const talked = call.employees.filter((e) => e.is_talked);
      const answered = call.employees.filter((e) => e.is_answered);
      expect(call.last_talked_employee_id).toBe(talked.at(-1)?.employee_id ?? null);
      expect(call.first_answered_employee_id).toBe(answered[0]?.employee_id ?? null);
      if (call.is_lost) expect(talked).toHaveLength(0);
      else expect(call.call_records).toHaveLength(1);
    }
  });

  it('gives employees the full get.employees shape', () => {
    const e = uis.employees[0];
    expect(e).toMatchObject({ id: expect.any(Number), full_name: expect.any(String), extension: { extension_phone_number: expect.any(String) } });
    expect(e.groups.length).toBeGreaterThan(0);
    expect(e.phone_numbers[0]).toMatchObject({ phone_id: expect.any(Number), phone_number: expect.stringMatching(/^79\d{9}$/), status: 'active' });
  });
});
