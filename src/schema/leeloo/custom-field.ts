import { builder } from '../builder.js';
import { LeelooAccountRef } from './account.js';
import { accountDetails } from './parents.js';
import { READ } from '../type-scopes.js';

interface CustomField {
  name: string;
  value: string;
}

/**
 * §5.2 `custom_fields`: keys are the display names configured in the Leeloo UI (free text, often
 * Cyrillic, with spaces), so they cannot become GraphQL field names: they are name/value pairs.
 */
export const LeelooCustomFieldRef = builder.objectRef<CustomField>('LeelooCustomField').implement({
  ...READ,
  description: 'A custom field of a Leeloo account: its display name (as configured in the Leeloo UI) and its value.',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: false, description: 'The display name, e.g. "Город" or "дата рождения".' }),
    value: t.string({
      description: 'The value as Leeloo stores it: always a string (dates are ISO strings).',
      resolve: (f) => (f.value === null || f.value === undefined ? null : String(f.value)),
    }),
  }),
});

builder.objectFields(LeelooAccountRef, (t) => ({
  customFields: t.field({
    type: [LeelooCustomFieldRef],
    description: 'The account’s custom fields in Leeloo’s order; empty when it has none (account details).',
    resolve: async (account, _args, ctx) =>
      Object.entries((await accountDetails(account, ctx)).data.custom_fields ?? {}).map(([name, value]) => ({ name, value })),
  }),
  customField: t.string({
    description: 'One custom field’s value by its exact display name; null when the account does not have it.',
    args: { name: t.arg.string({ required: true, description: 'The display name as configured in the Leeloo UI.' }) },
    resolve: async (account, args, ctx) => {
      const fields = (await accountDetails(account, ctx)).data.custom_fields ?? {};
      return Object.hasOwn(fields, args.name) ? String(fields[args.name]) : null;
    },
  }),
}));
