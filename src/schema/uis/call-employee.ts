import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.js';
import { UisCallEmployee, UisEmployee } from '../../backends/uis/shapes.js';
import type { Context } from '../../gateway/context.js';
import { selectedFieldNames } from '../selection.js';
import { EmployeeRef } from './employee.js';
import { orNull } from './ids.js';
import { READ } from '../type-scopes.js';

/**
 * An employee's part in one call: the `employees[]` item of get.calls_report, or one of the
 * first/last answered/talked employee fields (§12.13). The name comes from the call row, so listing
 * calls with their employees' names costs no extra request.
 */
export const CallEmployeeRef = builder.objectRef<UisCallEmployee>('CallEmployee').implement({
  ...READ,
  description: 'An employee who took part in a call, as the call report records them.',
  fields: (t) => ({
    employeeId: t.int({ nullable: false, description: 'The UIS employee id.', resolve: (e) => e.id }),
    fullName: t.string({ description: 'Full name at the time of the report.', resolve: (e) => e.fullName }),
    isAnswered: t.boolean({ description: 'The employee picked up (null where the report does not say).', resolve: (e) => e.isAnswered }),
    isTalked: t.boolean({ description: 'The employee actually talked with the client (null where the report does not say).', resolve: (e) => e.isTalked }),
    employee: t.field({
      type: EmployeeRef,
      description: 'The full Employee. Asking for more than its id and name loads all employees of the operation in one request; null if deleted since.',
      resolve: (e, _a, ctx, info) => employeeFor(e.id, e.fullName, ctx, info),
    }),
  }),
});

const KNOWN_WITHOUT_LOADING = new Set(['id', 'employeeId', 'fullName', '__typename']);

/**
 * The Employee for an id the call row named: without a request when only id and name are asked,
 * otherwise through the loader, so a since-deleted employee is null rather than an error.
 */
export async function employeeFor(id: number, fullName: string | null, ctx: Context, info: GraphQLResolveInfo): Promise<UisEmployee | null> {
  const needsRow = [...selectedFieldNames(info)].some((f) => !KNOWN_WITHOUT_LOADING.has(f));
  if (!needsRow) return new UisEmployee(id, undefined, { fullName });
  const row = await orNull(ctx.loaders.uis.employee.load(id));
  return row ? new UisEmployee(id, row) : null;
}
