import { builder } from '../builder.js';
import { AdvancedFilterInput, type AdvancedFilterValue } from './filter-advanced.js';
import { TYPED_KEYS, type FilterKind } from './filter-keys.js';
import {
  DateTimeRangeInput,
  InitiatorEnum,
  KeyValueConditionInput,
  NumberRangeInput,
  OptionsFilterInput,
  TextFilterInput,
  TransferEnum,
} from './filter-parts.js';

/**
 * `ReporterFilter`: the filters of `sessions`, `messages` and `reporterClients` (the FiltersDto
 * body of the `.../filter` endpoints, reporter-api.md §2.1). Every typed field is ANDed with the others and with
 * `advanced`. The fields come from the key table in filter-keys.ts; filter-convert.ts turns the
 * value into AnalyticsFilters and rejects bad ones before any upstream call.
 */
export interface ReporterFilterValue {
  advanced?: AdvancedFilterValue[] | null;
  [field: string]: unknown;
}

type FieldBuilder = PothosSchemaTypes.InputFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<never>, 'InputObject'>;

function typedField(t: FieldBuilder, kind: FilterKind, description: string, v2: boolean) {
  const d = v2 ? `${description} Documented for the v2 API only; the legacy server may refuse it.` : description;
  switch (kind) {
    case 'text':
      return t.field({ type: TextFilterInput, description: d });
    case 'dateRange':
      return t.field({ type: DateTimeRangeInput, description: d });
    case 'numberRange':
      return t.field({ type: NumberRangeInput, description: d });
    case 'checkbox':
    case 'tree':
      return t.field({ type: OptionsFilterInput, description: d });
    case 'yesNo':
      return t.boolean({ description: d });
    case 'initiator':
      return t.field({ type: InitiatorEnum, description: d });
    case 'transfer':
      return t.field({ type: TransferEnum, description: d });
    case 'composite':
      return t.field({ type: [KeyValueConditionInput], description: d });
    case 'paths':
      return t.stringList({ description: d });
  }
}

export const ReporterFilterInput = builder.inputRef<ReporterFilterValue>('ReporterFilter').implement({
  description:
    'Filters for Reporter sessions, messages and clients: one typed field per documented filter key, plus `advanced` for any key/type combination. All conditions must hold.',
  fields: (t) => {
    const fields: Record<string, ReturnType<typeof typedField>> = {};
    for (const k of TYPED_KEYS) fields[k.field] = typedField(t as unknown as FieldBuilder, k.kind, k.description, !!k.v2);
    return {
      ...fields,
      advanced: t.field({
        type: [AdvancedFilterInput],
        description: 'Filters on any key with any type of the spec, for keys without a typed field or a server that types a key differently.',
      }),
    };
  },
});
