import { operationText } from '../../../scripts/operations.js';
import { parseUisDate } from '../../../src/backends/uis/dates.js';
import { accountZone } from '../../../src/backends/uis/timezone.js';
import type { CallRow as SimCall } from '../../../src/simulators/uis/types.js';
import type { TestGateway } from '../../helpers/gateway.js';

/** An operation from schema/operations/uis/. */
export function op(name: string): string {
  return operationText(`uis/${name}.graphql`);
}

/** A simulator wire date (Europe/Moscow) as the ISO instant GraphQL shows. */
export function iso(wire: string): string {
  return parseUisDate(wire, 'Europe/Moscow')!.toISOString();
}

/** The period covering calls[from..from+n-1] of the dataset exactly, and those calls. */
export function periodOf(calls: SimCall[], from: number, n: number): { period: { from: string; to: string }; calls: SimCall[] } {
  const slice = calls.slice(from, from + n);
  return { period: { from: iso(slice[0].start_time), to: iso(slice.at(-1)!.start_time) }, calls: slice };
}

/**
 * Warms the shared account-zone cache (one get.account per client and hour), then clears the logs,
 * so counted operations show only their own requests.
 */
export async function warm(gw: TestGateway): Promise<void> {
  await accountZone(gw.backends.uis!);
  gw.sims.resetLogs();
  gw.sims.clearFaults();
}

/** The params of every logged UIS request for a method. */
export function paramsOf(gw: TestGateway, method: string): Array<Record<string, unknown>> {
  return gw.sims.uis.log.filter((r) => r.endpoint === method).map((r) => (r.body as { params: Record<string, unknown> }).params);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
