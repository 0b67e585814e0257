import { builder } from '../builder.js';
import { KeyValueConditionInput, OptionComparisonEnum, TextComparisonEnum, type KeyValueValue } from './filter-parts.js';

/**
 * `ReporterFilter.advanced`: any FilterKey with any filter type of the spec (§2.1), one @oneOf
 * input with a variant per type. The key is an open String because the v2 generation added keys
 * and the server's `GET filters` is the authority (§2.1, §5): a new key needs no gateway release.
 */

export interface AdvancedFilterValue {
  text?: { key: string; values: string[]; comparison?: string | null; caseSensitive?: boolean | null } | null;
  dateTimeRange?: { key: string; from?: Date | null; to?: Date | null } | null;
  numericRange?: { key: string; from?: number | null; to?: number | null } | null;
  checkbox?: { key: string; options: string[]; comparison?: string | null } | null;
  tree?: { key: string; options: string[]; comparison?: string | null } | null;
  radio?: { key: string; option: string } | null;
  customFieldsInResponse?: { key: string; paths: string[] } | null;
  composite?: { key: string; conditions: KeyValueValue[] } | null;
}

const KEY_DESCRIPTION = 'The FilterKey, e.g. `SESSION_START_TIME` (upper case letters, digits and `_`).';

const AdvancedText = builder.inputRef<NonNullable<AdvancedFilterValue['text']>>('ReporterAdvancedTextFilter').implement({
  description: 'A TEXT filter on any key.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    values: t.stringList({ required: true, description: 'Strings to compare with.' }),
    comparison: t.field({ type: TextComparisonEnum, defaultValue: 'CONTAINS', description: 'How to compare. Default CONTAINS.' }),
    caseSensitive: t.boolean({ defaultValue: false, description: 'Compare case-sensitively. Default false.' }),
  }),
});

const AdvancedDateRange = builder.inputRef<NonNullable<AdvancedFilterValue['dateTimeRange']>>('ReporterAdvancedDateTimeRangeFilter').implement({
  description: 'A DATE_TIME_RANGE filter on any key.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    from: t.field({ type: 'DateTime', description: 'Inclusive start.' }),
    to: t.field({ type: 'DateTime', description: 'Inclusive end.' }),
  }),
});

const AdvancedNumberRange = builder.inputRef<NonNullable<AdvancedFilterValue['numericRange']>>('ReporterAdvancedNumericRangeFilter').implement({
  description: 'A NUMERIC_RANGE filter on any key.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    from: t.float({ description: 'Inclusive lower bound.' }),
    to: t.float({ description: 'Inclusive upper bound.' }),
  }),
});

const optionsFields = (name: string, type: string) =>
  builder.inputRef<{ key: string; options: string[]; comparison?: string | null }>(name).implement({
    description: `A ${type} filter on any key.`,
    fields: (t) => ({
      key: t.string({ required: true, description: KEY_DESCRIPTION }),
      options: t.stringList({ required: true, description: 'Option values.' }),
      comparison: t.field({ type: OptionComparisonEnum, defaultValue: 'CONTAINS', description: 'How to compare. Default CONTAINS.' }),
    }),
  });

const AdvancedCheckbox = optionsFields('ReporterAdvancedCheckboxFilter', 'CHECKBOX');
const AdvancedTree = optionsFields('ReporterAdvancedTreeFilter', 'TREE');

const AdvancedRadio = builder.inputRef<NonNullable<AdvancedFilterValue['radio']>>('ReporterAdvancedRadioFilter').implement({
  description: 'A RADIO filter on any key: one option such as YES, NO, ANY, CLIENT, WITH_TRANSFER.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    option: t.string({ required: true, description: 'The chosen option, sent as is.' }),
  }),
});

const AdvancedPaths = builder.inputRef<NonNullable<AdvancedFilterValue['customFieldsInResponse']>>('ReporterAdvancedCustomFieldsFilter').implement({
  description: 'A CUSTOM_FIELDS_IN_RESPONSE filter: responseData paths to return in `customFields`.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    paths: t.stringList({ required: true, description: 'responseData paths, e.g. `$.order.id`.' }),
  }),
});

const AdvancedComposite = builder.inputRef<NonNullable<AdvancedFilterValue['composite']>>('ReporterAdvancedCompositeFilter').implement({
  description: 'A COMPOSITE_FILTER on any key: key/value conditions that must all hold.',
  fields: (t) => ({
    key: t.string({ required: true, description: KEY_DESCRIPTION }),
    conditions: t.field({ type: [KeyValueConditionInput], required: true, description: 'The conditions (CompositeOption list).' }),
  }),
});

export const AdvancedFilterInput = builder.inputRef<AdvancedFilterValue>('ReporterAdvancedFilter').implement({
  description: 'Any Reporter filter key with any filter type; exactly one variant is set (@oneOf).',
  isOneOf: true,
  fields: (t) => ({
    text: t.field({ type: AdvancedText, description: 'A TEXT filter.' }),
    dateTimeRange: t.field({ type: AdvancedDateRange, description: 'A DATE_TIME_RANGE filter.' }),
    numericRange: t.field({ type: AdvancedNumberRange, description: 'A NUMERIC_RANGE filter.' }),
    checkbox: t.field({ type: AdvancedCheckbox, description: 'A CHECKBOX filter.' }),
    tree: t.field({ type: AdvancedTree, description: 'A TREE filter.' }),
    radio: t.field({ type: AdvancedRadio, description: 'A RADIO filter.' }),
    customFieldsInResponse: t.field({ type: AdvancedPaths, description: 'A CUSTOM_FIELDS_IN_RESPONSE filter.' }),
    composite: t.field({ type: AdvancedComposite, description: 'A COMPOSITE_FILTER.' }),
  }),
});
