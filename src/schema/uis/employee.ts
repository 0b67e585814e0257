import { builder } from '../builder.js';
import { UisEmployee } from '../../backends/uis/shapes.js';
import type { Employee } from '../../backends/uis/types.js';
import type { Context } from '../../gateway/context.js';
import { notFound } from '../../gateway/errors.js';
import { connectionOf, windowOf } from '../pagination.js';
import {
  EmployeeCallDirectionsRef,
  EmployeeChatOperatorRef,
  EmployeeCoachRef,
  EmployeeExtensionRef,
  EmployeeGroupRef,
  EmployeePhoneNumberRef,
} from './employee-details.js';
import { isNotFound, orNull, uisNumericId } from './ids.js';
import { READ } from '../type-scopes.js';

/**
 * A UIS employee (get.employees, uis-data-api.md §12.3). Calls and tags name their employees, so an
 * Employee reached from a call starts with id and name only; any other field loads the row through
 * the per-request loader, one `id in [...]` request for every employee of the operation.
 */

export const EmployeeRef = builder.objectRef<UisEmployee>('Employee');

async function rowOf(e: UisEmployee, ctx: Context): Promise<Employee> {
  return e.row ?? ctx.loaders.uis.employee.load(e.id);
}

function field<K extends keyof Employee>(key: K) {
  return async (e: UisEmployee, _args: object, ctx: Context) => (await rowOf(e, ctx))[key] ?? null;
}

builder.node(EmployeeRef, {
  ...READ,
  description: 'A UIS user who takes calls (or chats): an operator, manager or administrator.',
  isTypeOf: (v) => v instanceof UisEmployee,
  id: { description: 'Global ID of the employee.', resolve: (e) => String(e.id), parse: (id) => id },
  loadMany: async (ids, ctx) =>
    Promise.all(ids.map((id) => (/^\d{1,15}$/.test(id) ? orNull(ctx.loaders.uis.employee.load(Number(id)).then((row) => new UisEmployee(row.id!, row))) : null))),
  fields: (t) => ({
    employeeId: t.int({ nullable: false, description: 'The UIS employee id.', resolve: (e) => e.id }),
    fullName: t.string({
      description: 'Full name as UIS shows it (last, first, patronymic).',
      resolve: async (e, _a, ctx) => e.row?.full_name ?? e.hint?.fullName ?? (await rowOf(e, ctx)).full_name ?? null,
    }),
    login: t.string({ description: 'Login to the UIS account.', resolve: field('login') }),
    firstName: t.string({ description: 'First name.', resolve: field('first_name') }),
    lastName: t.string({ description: 'Last name.', resolve: field('last_name') }),
    patronymic: t.string({ description: 'Patronymic.', resolve: field('patronymic') }),
    email: t.string({ description: 'E-mail address.', resolve: field('email') }),
    status: t.string({
      description:
        'Standard status (`available`, `break`, `do_not_disturb`, `not_at_workplace`, `not_at_work`, `auto_out_call`, `unknown`; deprecated upstream, empty for custom statuses: see `statusId`).',
      resolve: field('status'),
    }),
    statusId: t.int({ description: 'Status id (see UIS get.statuses).', resolve: field('status_id') }),
    callsAvailable: t.boolean({ description: 'Whether the employee takes calls now (deprecated upstream).', resolve: field('calls_available') }),
    callRecording: t.string({ description: 'Which calls are recorded: `all`, `in`, `out` or `off`.', resolve: field('call_recording') }),
    scheduleId: t.int({ description: 'Work schedule id.', resolve: field('schedule_id') }),
    scheduleName: t.string({ description: 'Work schedule name.', resolve: field('schedule_name') }),
    groups: t.field({ type: [EmployeeGroupRef], description: 'Groups the employee belongs to.', resolve: field('groups') }),
    phoneNumbers: t.field({ type: [EmployeePhoneNumberRef], description: 'Numbers the employee is dialled on, in priority order.', resolve: field('phone_numbers') }),
    extension: t.field({ type: EmployeeExtensionRef, description: 'Internal extension.', resolve: field('extension') }),
    coach: t.field({ type: EmployeeCoachRef, description: 'Supervisor, when one is set.', resolve: field('coach') }),
    chatOperator: t.field({ type: EmployeeChatOperatorRef, description: 'Chat-operator settings, when chats are enabled.', resolve: field('operator') }),
    allowedCallDirections: t.field({
      type: EmployeeCallDirectionsRef,
      description: 'Call directions the employee may take.',
      resolve: async (e, _a, ctx) => rowOf(e, ctx),
    }),
  }),
});

const EmployeesFilterInput = builder.inputType('EmployeesFilter', {
  description: 'Filters for `employees`; all given ones must match.',
  fields: (t) => ({
    ids: t.idList({ description: 'Only these employees (Employee IDs or UIS employee numbers).' }),
    fullName: t.string({ description: 'Full name contains this text (case-insensitive).' }),
    groupIds: t.intList({ description: 'Members of any of these groups.' }),
    statuses: t.stringList({ description: 'In any of these standard statuses (`available`, `break`…).' }),
  }),
});

builder.queryFields((t) => ({
  employees: t.connection(
    {
      type: EmployeeRef,
      description: 'UIS employees, in UIS order. `first` is capped at MAX_PAGE_SIZE (default 100).',
      args: { filter: t.arg({ type: EmployeesFilterInput, description: 'What to include.' }) },
      resolve: async (_root, args, ctx) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        const f = args.filter ?? {};
        const parts = [];
        if (f.ids) parts.push({ field: 'id', operator: 'in' as const, value: f.ids.map((id) => uisNumericId(String(id), 'Employee', 'filter.ids', ctx)) });
        if (f.fullName) parts.push({ field: 'full_name', operator: 'ilike' as const, value: `%${f.fullName.replace(/[\\%_]/g, '\\$&')}%` });
        // Array-of-object fields match on the item id with `overlap` (INFERRED, §6 / §14).
        if (f.groupIds) parts.push({ field: 'groups', operator: 'overlap' as const, value: f.groupIds });
        if (f.statuses) parts.push({ field: 'status', operator: 'in' as const, value: f.statuses });
        const uis = ctx.loaders.uis;
        const page = await uis.client.getEmployees(
          {
            filter: parts.length === 0 ? undefined : parts.length === 1 ? parts[0] : { filters: parts, condition: 'and' },
            limit: Math.max(1, window.count),
            offset: window.offset,
          },
          { signal: ctx.signal },
        );
        // Rows arrive whole: prime the loader so the same employee elsewhere in the operation is free.
        for (const row of page.data) if (row.id != null) uis.employee.prime(row.id, row);
        const nodes = page.data.filter((r) => r.id != null).map((r) => new UisEmployee(r.id!, r));
        return connectionOf(nodes, window, page.totalItems);
      },
    },
    {
      name: 'EmployeeConnection',
      edgesField: { description: 'The employees of this page, in order.' },
      description: 'A page of UIS employees.',
      fields: (c) => ({ totalCount: c.int({ nullable: false, description: 'Employees matching the filter.', resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }) }),
    },
    { name: 'EmployeeEdge', nodeField: { description: 'The employee.' }, description: 'A UIS employee in a page.' },
  ),
  employee: t.field({
    type: EmployeeRef,
    description: 'One UIS employee by Employee ID (or UIS employee number); NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Employee ID or UIS employee number.' }) },
    resolve: async (_root, args, ctx) => {
      const id = uisNumericId(String(args.id), 'Employee', 'id', ctx);
      try {
        return new UisEmployee(id, await ctx.loaders.uis.employee.load(id));
      } catch (err) {
        if (isNotFound(err)) throw notFound(`No UIS employee ${id}`, 'uis');
        throw err;
      }
    },
  }),
}));
