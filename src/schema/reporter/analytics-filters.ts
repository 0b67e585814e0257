import type { ComparisonOption, FilterInfo, FilterOption, FilterSettings } from '../../backends/reporter/types-analytics.js';
import type { FiltersDto } from '../../backends/reporter/filters.js';
import { FILTER_OPTIONS_MAX_SIZE } from '../../backends/reporter/loaders-analytics.js';
import { builder } from '../builder.js';
import { badUserInput } from '../../gateway/errors.js';
import { pagesFor } from '../pagination.js';
import { statsFilters } from './statistics-scope.js';
import { ReporterPeriodInput } from './statistics-period.js';
import { READ } from '../type-scopes.js';

/**
 * Filter metadata (reporter-api.md §2.1 "Filter metadata models", §3.9): which filters a section
 * offers, with their type and UI settings, and the values a filter can take. The server's answer is
 * the authority on which key takes which type, so keys and types stay open Strings here.
 */

const AnalyticsSectionEnum = builder.enumType('AnalyticsSection', {
  description: 'A Reporter analytics screen whose filters are asked for (`analyticsSection`; the legacy API knows these two, §2.1).',
  values: {
    SESSIONS: { description: 'Sessions (dialogues) and messages: every filter key.' },
    CLIENTS: { description: 'Clients: the client-level keys.' },
  },
});

const ComparisonOptionRef = builder.objectRef<ComparisonOption>('ReporterFilterComparisonOption').implement({
  ...READ,
  description: 'A comparison a filter offers (e.g. CONTAINS, EQUALS, NOT_EXISTS).',
  fields: (t) => ({
    type: t.exposeString('type', { nullable: false, description: 'The comparison type, as the filter input takes it.' }),
    label: t.exposeString('label', { description: 'Its label in the platform UI.' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Whether the UI preselects it.' }),
    withInputField: t.exposeBoolean('withInputField', { description: 'Composite filters only: whether it takes a value.' }),
  }),
});

export const ReporterFilterOptionRef = builder.objectRef<FilterOption>('ReporterFilterOption').implement({
  ...READ,
  description: 'A value a CHECKBOX, TREE or RADIO filter can take (FilterOption, §2.1).',
  fields: (t) => ({
    value: t.exposeString('value', { nullable: false, description: 'The value to put in the filter’s options.' }),
    label: t.exposeString('label', { description: 'How the UI shows it (e.g. a label’s name for its id).' }),
    isSelected: t.exposeBoolean('isSelected', { description: 'Whether the UI preselects it.' }),
    frequency: t.float({
      description: 'How many records carry the value under the other filters (int64 upstream; a Float keeps counts past 2^31).',
      resolve: (o) => (o.frequency === undefined || o.frequency === null ? null : Number(o.frequency)),
    }),
    parentValue: t.exposeString('parentValue', { description: 'TREE filters: the parent value (e.g. `/Shop` for `/Shop/Order`).' }),
    childValues: t.exposeStringList('childValues', { description: 'TREE filters: the child values.' }),
  }),
});

const DefaultPeriodRef = builder.objectRef<{ offset: number | string; unit: string }>('ReporterFilterDefaultPeriod').implement({
  ...READ,
  description: 'The period a DATE_TIME_RANGE filter starts with: the last `offset` `unit`s.',
  fields: (t) => ({
    offset: t.field({ type: 'Long', nullable: false, description: 'How many units back.', resolve: (d) => d.offset }),
    unit: t.exposeString('unit', { nullable: false, description: 'DateTimeUnit: SECOND … YEAR (§2.1).' }),
  }),
});

const FilterSettingsRef = builder.objectRef<FilterSettings>('ReporterFilterSettings').implement({
  ...READ,
  description: 'How the platform UI presents a filter (FilterSettings, §2.1); which fields are set depends on the filter type.',
  fields: (t) => ({
    filterDependent: t.exposeBoolean('filterDependent', { description: 'Whether its options depend on the other filters.' }),
    withFilterInput: t.exposeBoolean('withFilterInput', { description: 'Whether it has a free-text input.' }),
    helpMessage: t.exposeString('helpMessage', { description: 'Help text.' }),
    helpLink: t.exposeString('helpLink', { description: 'Link to documentation.' }),
    placeholder: t.exposeString('placeholder', { description: 'Input placeholder.' }),
    comparisonOptions: t.field({
      type: [ComparisonOptionRef],
      description: 'The comparisons it offers (TEXT, CHECKBOX, TREE, RADIO, COMPOSITE_FILTER).',
      resolve: (s) => s.comparisonOptions ?? null,
    }),
    defaultPeriod: t.field({
      type: DefaultPeriodRef,
      description: 'DATE_TIME_RANGE: the period it starts with (`defaultValue`).',
      resolve: (s) => s.defaultValue ?? null,
    }),
    defaultPageSizeForOptions: t.exposeInt('defaultPageSizeForOptions', { description: 'CHECKBOX: how many options the UI asks for at once.' }),
    staticOptions: t.field({
      type: [ReporterFilterOptionRef],
      description: 'CHECKBOX and RADIO: options that are always offered.',
      resolve: (s) => s.staticOptions ?? null,
    }),
    altClickEnabled: t.exposeBoolean('altClickEnabled', { description: 'TREE: whether alt-click selects a whole subtree.' }),
    popularLabel: t.exposeString('popularLabel', { description: 'COMPOSITE_FILTER: heading of the popular keys.' }),
    description: t.exposeString('description', { description: 'COMPOSITE_FILTER: what it filters.' }),
  }),
});

const FilterDefinitionRef = builder.objectRef<FilterInfo>('ReporterFilterDefinition').implement({
  ...READ,
  description: 'A filter a Reporter analytics section offers: its key, its type and how to present it (FilterInfo, §2.1).',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The filter key (e.g. SESSION_START_TIME), as filter inputs take it.' }),
    type: t.exposeString('type', {
      nullable: false,
      description: 'The filter type: TEXT, DATE_TIME_RANGE, NUMERIC_RANGE, CHECKBOX, RADIO, TREE, CUSTOM_FIELDS_IN_RESPONSE or COMPOSITE_FILTER (open: new types pass through).',
    }),
    label: t.exposeString('label', { description: 'Its label in the platform UI (in the asked language).' }),
    isDefault: t.exposeBoolean('isDefault', { description: 'Whether the UI shows it by default.' }),
    isRequired: t.exposeBoolean('isRequired', { description: 'Whether the section needs it set.' }),
    settings: t.field({ type: FilterSettingsRef, description: 'How the UI presents it.', resolve: (f) => f.settings ?? null }),
  }),
});

/** Filter keys are upper-case identifiers (§2.1); anything else is refused before a request. */
const KEY = /^[A-Z][A-Z0-9_]*$/;

builder.queryFields((t) => ({
  reporterFilters: t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: [FilterDefinitionRef],
    description: 'The filters a Reporter analytics section offers, with their types: the authority on which key takes which filter type (`GET filters`).',
    args: {
      section: t.arg({ type: AnalyticsSectionEnum, required: true, defaultValue: 'SESSIONS', description: 'The analytics section.' }),
      language: t.arg.string({ description: 'Language of the labels, e.g. `en` or `ru` (the `language` header; GUESS §1.1).' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.loaders.reporter.filterDefinitions.load({ section: args.section, ...(args.language ? { language: args.language } : {}) }),
  }),
  reporterFilterOptions: t.field({
    // Its answer holds no Reporter-owned type: the backend map (schema/backend-map.ts) is told.
    extensions: { backends: ['reporter'] },
    type: [ReporterFilterOptionRef],
    description:
      'The values a CHECKBOX, TREE or RADIO filter can take, most frequent first, counted under the given period and bots (`POST filter-options`). The Reporter sends no total, so this is a list paged by `first`/`offset`.',
    args: {
      key: t.arg.string({ required: true, description: 'The filter key, e.g. CHANNEL_TYPE or SESSION_LABELS.' }),
      section: t.arg({ type: AnalyticsSectionEnum, required: true, defaultValue: 'SESSIONS', description: 'The analytics section.' }),
      first: t.arg.int({ required: true, defaultValue: 20, description: 'How many options (at most MAX_PAGE_SIZE, 100 by default).' }),
      offset: t.arg.int({ required: true, defaultValue: 0, description: 'How many options to skip.' }),
      period: t.arg({ type: ReporterPeriodInput, description: 'Count only sessions started in this period.' }),
      botIds: t.arg.stringList({ description: 'Count only these bots.' }),
      language: t.arg.string({ description: 'Language of the labels (the `language` query parameter).' }),
    },
    resolve: async (_root, args, ctx) => {
      if (!KEY.test(args.key)) throw badUserInput('`key` must be a filter key such as CHANNEL_TYPE', 'key');
      if (args.first < 0 || args.first > ctx.config.maxPageSize) {
        throw badUserInput(`\`first\` must be between 0 and ${ctx.config.maxPageSize} (MAX_PAGE_SIZE)`, 'first');
      }
      if (args.offset < 0) throw badUserInput('`offset` must not be negative', 'offset');
      const filters = optionFilters(args.period, args.botIds);
      const language = args.language ? { language: args.language } : {};
      const pages = pagesFor({ offset: args.offset, count: args.first }, FILTER_OPTIONS_MAX_SIZE);
      const answers = await Promise.all(
        pages.map((p) =>
          ctx.loaders.reporter.filterOptions.load({
            query: { filterKey: args.key, analyticsSection: args.section, page: p.page, size: p.size, ...language },
            filters,
          }),
        ),
      );
      return answers.flat().slice(pages[0]?.skip ?? 0).slice(0, args.first);
    },
  }),
}));

/** The other active filters of a filter-options call: the period (SESSION_START_TIME) and bots. */
function optionFilters(period: { from: Date; to: Date } | null | undefined, botIds: readonly string[] | null | undefined): FiltersDto {
  if (period && period.from.getTime() > period.to.getTime()) throw badUserInput('`period.from` must not be after `period.to`', 'period');
  if (botIds?.some((b) => b.trim() === '')) throw badUserInput('`botIds` must not contain empty ids', 'botIds');
  if (!period) return { filters: botIds?.length ? [{ key: 'BOT_ID', type: 'CHECKBOX', options: [...botIds], comparisonType: 'CONTAINS' }] : [] };
  return statsFilters({ from: period.from, to: period.to, botIds: [...(botIds ?? [])], interval: 'DAY', step: 1, utcOffsetMinutes: 0 }, 'session');
}
