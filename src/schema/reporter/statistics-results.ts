import type { Context } from '../../gateway/context.js';
import { builder } from '../builder.js';
import { READ } from '../type-scopes.js';
import { badUserInput } from '../../gateway/errors.js';
import { advancedRequest, type StatsScope } from './statistics-scope.js';
import { TimeSeriesRef, type SeriesShape } from './statistics-time-series.js';

interface ResultRow {
  result: string;
  label: string | null;
  series: SeriesShape;
}

/** The most session results one answer breaks down (each is a request). */
export const MAX_SESSION_RESULTS = 20;

export const SessionResultStatisticsRef = builder.objectRef<ResultRow>('SessionResultStatistics').implement({
  ...READ,
  description: 'Sessions with one session result (SESSION_RESULT), per time bucket.',
  fields: (t) => ({
    result: t.string({ nullable: false, description: 'The result as the bot set it, e.g. `RESOLVED` (an open set of values).', resolve: (r) => r.result }),
    label: t.string({ description: 'The Reporter’s display label for it, when it sends one.', resolve: (r) => r.label }),
    series: t.field({ type: TimeSeriesRef, nullable: false, description: 'Sessions with this result per bucket, with their total.', resolve: (r) => r.series }),
  }),
});

/**
 * Sessions per bucket for each result: one `filter-options` call lists the results present in the
 * scope (most frequent first, the Reporter's order), then one `stats/sessions/with-advanced-filters`
 * per result with SESSION_RESULT added to the scope's filters (CHECKBOX, GUESS §2.1, as BOT_ID). So
 * 1 + n requests for n results; the Reporter has no breakdown endpoint.
 */
export async function sessionResultStatistics(scope: StatsScope, first: number, ctx: Context): Promise<ResultRow[]> {
  if (first < 1 || first > MAX_SESSION_RESULTS) throw badUserInput(`\`first\` must be between 1 and ${MAX_SESSION_RESULTS}`, 'first');
  const base = advancedRequest(scope, 'session');
  const options = await ctx.loaders.reporter.filterOptions.load({
    query: { filterKey: 'SESSION_RESULT', analyticsSection: 'SESSIONS', page: 0, size: first },
    filters: base.filters,
  });
  return Promise.all(
    options.slice(0, first).map(async (o) => {
      const filters = { filters: [...base.filters.filters, { key: 'SESSION_RESULT', type: 'CHECKBOX' as const, options: [o.value], comparisonType: 'CONTAINS' }] };
      const dto = await ctx.loaders.reporter.sessionStats.load({ ...base, filters });
      return { result: o.value, label: o.label && o.label !== o.value ? o.label : null, series: { points: dto.stats ?? [], total: dto.totalCount } };
    }),
  );
}
