import { callFieldsFor } from '../backends/uis/call-fields.js';
import { checkPeriod } from '../backends/uis/periods.js';
import { UisCall } from '../backends/uis/shapes.js';
import { builder } from './builder.js';
import { LeelooAccountRef } from './leeloo/account.js';
import { leelooAccountPhoneDigits } from './leeloo/parents.js';
import { connectionOf, windowOf } from './pagination.js';
import { selectedFieldNames } from './selection.js';
import { CallPeriodInput } from './uis/call-inputs.js';
import { CallRef } from './uis/call.js';

/**
 * The cross-backend join: a Leeloo CRM account's calls in UIS, matched by phone. Leeloo phones come in
 * whatever format the user typed; both sides are normalised to canonical digits (leeloo/phone.ts).
 * For a page of accounts, every account's phone goes into ONE get.calls_report
 * (`contact_phone_number in [...]`) through the UIS `callsByPhone` loader.
 */
builder.objectField(LeelooAccountRef, 'calls', (t) =>
  t.connection(
    {
      type: CallRef,
      description:
        'This account’s calls in UIS within a period, newest first, matched by phone number. Empty when the account has no usable phone.',
      args: {
        period: t.arg({ type: CallPeriodInput, required: true, description: 'The time range; both ends inclusive; at most 2 years.' }),
      },
      resolve: async (account, args, ctx, info) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        checkPeriod(args.period);
        const phone = await leelooAccountPhoneDigits(account, ctx);
        if (!phone) return connectionOf<UisCall>([], window, 0);
        const fields = callFieldsFor(selectedFieldNames(info, ['edges', 'node']));
        const calls = await ctx.loaders.uis.callsByPhone.load({ phone, from: args.period.from, to: args.period.to, fields });
        const newestFirst = [...calls].sort((a, b) => (b.row.start_time ?? '').localeCompare(a.row.start_time ?? ''));
        return connectionOf(newestFirst.slice(window.offset, window.offset + window.count), window, newestFirst.length);
      },
    },
    {
      name: 'LeelooAccountCallConnection',
      description: 'A page of a Leeloo account’s UIS calls.',
      edgesField: { description: 'The calls of this page, newest first.' },
      fields: (c) => ({
        totalCount: c.int({
          nullable: false,
          description: 'All of the account’s calls in the period.',
          resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'LeelooAccountCallEdge', description: 'A UIS call of a Leeloo account.', nodeField: { description: 'The call.' } },
  ),
);
