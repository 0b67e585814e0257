import { builder } from '../builder.js';

/** The period argument of `statistics` and `reporterFilterOptions`: a DATE_TIME_RANGE (reporter-api.md §2.1). */
export const ReporterPeriodInput = builder.inputType('ReporterPeriodInput', {
  description: 'A period of Reporter analytics (statistics, filter option counts), both ends included.',
  fields: (t) => ({
    from: t.field({ type: 'DateTime', required: true, description: 'Start of the period.' }),
    to: t.field({ type: 'DateTime', required: true, description: 'End of the period; not before `from`.' }),
  }),
});
