import { builder } from '../builder.js';

/**
 * The building blocks of Reporter filters (reporter-api.md §2.1): comparison enums and one input
 * per value shape. Used by the typed `ReporterFilter` fields and by the `advanced` variants.
 */

export const TextComparisonEnum = builder.enumType('ReporterTextComparison', {
  description: 'How a TEXT filter compares (TextComparisonType, §2.1).',
  values: {
    CONTAINS: { description: 'The value contains one of the strings.' },
    NOT_CONTAINS: { description: 'The value contains none of the strings.' },
    EQUALS: { description: 'The value equals one of the strings.' },
    NOT_IMPORTANT: { description: 'No condition: the filter is sent but matches everything.' },
  },
});

export const OptionComparisonEnum = builder.enumType('ReporterOptionComparison', {
  description: 'How a CHECKBOX or TREE filter compares (CheckboxComparisonType, §2.1).',
  values: {
    CONTAINS: { description: 'One of the options is present.' },
    NOT_CONTAINS: { description: 'None of the options is present.' },
    EXISTS: { description: 'Any value is present; options may be empty.' },
    NOT_EXISTS: { description: 'No value is present; options may be empty.' },
    NOT_IMPORTANT: { description: 'No condition.' },
  },
});

export const CompositeComparisonEnum = builder.enumType('ReporterKeyValueComparison', {
  description: 'How one key/value condition of a COMPOSITE_FILTER compares (CompositeComparisonType, §2.1).',
  values: {
    EQUALS: { description: 'The value equals.' },
    NOT_EQUALS: { description: 'The value differs, or the key is missing.' },
    CONTAINS: { description: 'The value contains the text.' },
    NOT_CONTAINS: { description: 'The value does not contain the text, or the key is missing.' },
    STARTS_WITH: { description: 'The value starts with the text.' },
    ENDS_WITH: { description: 'The value ends with the text.' },
    NOT_IMPORTANT: { description: 'The key only has to be present (GUESS).' },
  },
});

export const InitiatorEnum = builder.enumType('ReporterInitiator', {
  description: 'Who started a session (InitiatorType, §2.1).',
  values: {
    ANY: { description: 'Either side.' },
    CLIENT: { description: 'The client wrote first.' },
    BOT: { description: 'The bot started it, e.g. an outgoing call.' },
  },
});

export const TransferEnum = builder.enumType('ReporterTransferToOperator', {
  description: 'Whether a session was transferred to a live operator (TransferToOperatorFilterType, §2.1).',
  values: {
    ANY: { description: 'Either.' },
    WITH_TRANSFER: { description: 'Only sessions transferred to an operator.' },
    WITHOUT_TRANSFER: { description: 'Only sessions the bot handled alone.' },
  },
});

export interface TextFilterValue {
  values: string[];
  comparison?: string | null;
  caseSensitive?: boolean | null;
}

export const TextFilterInput = builder.inputRef<TextFilterValue>('ReporterTextFilter').implement({
  description: 'A TEXT condition: the value compared with one or more strings.',
  fields: (t) => ({
    values: t.stringList({ required: true, description: 'Strings to compare with; at least one unless the comparison is NOT_IMPORTANT.' }),
    comparison: t.field({ type: TextComparisonEnum, defaultValue: 'CONTAINS', description: 'How to compare. Default CONTAINS.' }),
    caseSensitive: t.boolean({ defaultValue: false, description: 'Compare case-sensitively. Default false.' }),
  }),
});

export interface DateRangeValue {
  from?: Date | null;
  to?: Date | null;
}

export const DateTimeRangeInput = builder.inputRef<DateRangeValue>('ReporterDateTimeRange').implement({
  description: 'A DATE_TIME_RANGE condition; either end may be left open, `from` must not be after `to`.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', description: 'Inclusive start.' }),
    to: t.field({ type: 'DateTime', description: 'Inclusive end.' }),
  }),
});

export interface NumberRangeValue {
  from?: number | null;
  to?: number | null;
}

export const NumberRangeInput = builder.inputRef<NumberRangeValue>('ReporterNumberRange').implement({
  description: 'A NUMERIC_RANGE condition; either end may be left open, `from` must not exceed `to`.',
  fields: (t) => ({
    from: t.float({ description: 'Inclusive lower bound.' }),
    to: t.float({ description: 'Inclusive upper bound.' }),
  }),
});

export interface OptionsValue {
  options: string[];
  comparison?: string | null;
}

export const OptionsFilterInput = builder.inputRef<OptionsValue>('ReporterOptionsFilter').implement({
  description: 'A CHECKBOX or TREE condition over option values (ids, channel types, paths).',
  fields: (t) => ({
    options: t.stringList({ required: true, description: 'Option values; at least one unless the comparison is EXISTS, NOT_EXISTS or NOT_IMPORTANT.' }),
    comparison: t.field({ type: OptionComparisonEnum, defaultValue: 'CONTAINS', description: 'How to compare. Default CONTAINS.' }),
  }),
});

export interface KeyValueValue {
  key: string;
  value?: string | null;
  comparison?: string | null;
  caseSensitive?: boolean | null;
}

export const KeyValueConditionInput = builder.inputRef<KeyValueValue>('ReporterKeyValueCondition').implement({
  description: 'One condition on a key of session data (a CompositeOption, §2.1).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'The session data key, e.g. `city`.' }),
    value: t.string({ description: 'The text to compare the key’s value with.' }),
    comparison: t.field({ type: CompositeComparisonEnum, defaultValue: 'EQUALS', description: 'How to compare. Default EQUALS.' }),
    caseSensitive: t.boolean({ defaultValue: false, description: 'Compare case-sensitively. Default false.' }),
  }),
});
