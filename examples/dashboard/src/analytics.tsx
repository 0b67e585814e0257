import { LiveAnalyticsDocument, type LiveAnalyticsQuery } from '@switchboard/client';
import type { ChartData } from 'chart.js';
import { useMemo } from 'preact/hooks';
import { ChartView } from './chart.js';
import { useLive } from './live.js';
import { LiveBadge } from './paging.js';
import { useClock, utcOffsetMinutes } from './period.js';

const SESSION_DAYS = 14;
const HOUR_MS = 3_600_000;
/** Known session results get fixed colours; others take the next of the palette. */
const RESULT_COLOURS: Record<string, string> = { RESOLVED: '#2f9e66', UNRESOLVED: '#e0a030', TRANSFERRED: '#2b5bd7', ABANDONED: '#a0a7b4' };
const PALETTE = ['#8e5bd7', '#d75b9b', '#3bb3c4', '#c46b3b'];
const LOST = '#d9534f';
const ANSWERED = '#2b5bd7';

type Results = NonNullable<NonNullable<LiveAnalyticsQuery['statistics']>['sessionResults']>;
type CallStats = NonNullable<LiveAnalyticsQuery['callStatistics']>;

const dayKey = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
const percent = (share: number | null | undefined) => (share == null ? '—' : `${(share * 100).toFixed(1)} %`);

/** Sessions per day, one stacked bar segment per result; days without sessions are shown as 0. */
function sessionsChart(results: Results, dayStarts: number[]): ChartData<'bar'> {
  let extra = 0;
  return {
    labels: dayStarts.map(dayKey),
    datasets: results.map((r) => {
      const byDay = new Map(r.series.points.map((p) => [dayKey(Date.parse(p.time ?? '')), p.value]));
      return {
        label: r.label ?? r.result,
        data: dayStarts.map((d) => byDay.get(dayKey(d)) ?? 0),
        backgroundColor: RESULT_COLOURS[r.result] ?? PALETTE[extra++ % PALETTE.length],
      };
    }),
  };
}

/** Calls per hour: answered and lost stacked. */
function callsChart(stats: CallStats): ChartData<'bar'> {
  const hour = (t: string) => new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return {
    labels: stats.points.map((p) => hour(p.time)),
    datasets: [
      { label: 'Answered', data: stats.points.map((p) => p.total - p.lost), backgroundColor: ANSWERED },
      { label: 'Lost', data: stats.points.map((p) => p.lost), backgroundColor: LOST },
    ],
  };
}

const stacked = { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } };

/**
 * The supervisor's figures, live (one @live query over both backends): sessions per day by result
 * over two weeks (Reporter statistics), calls per hour over the last 24 hours and the share of them
 * that was lost (UIS calls, counted by the gateway).
 */
export function AnalyticsPage() {
  const day = useClock('day');
  const hour = useClock('hour');
  const dayStarts = useMemo(() => Array.from({ length: SESSION_DAYS }, (_, i) => new Date(day).setDate(new Date(day).getDate() - (SESSION_DAYS - 1 - i))), [day]);
  const variables = useMemo(() => {
    const endOfToday = new Date(day);
    endOfToday.setDate(endOfToday.getDate() + 1);
    return {
      sessionsPeriod: { from: new Date(dayStarts[0]).toISOString(), to: new Date(endOfToday.getTime() - 1000).toISOString() },
      callsPeriod: { from: new Date(hour - 23 * HOUR_MS).toISOString(), to: new Date(hour + HOUR_MS - 1000).toISOString() },
      utcOffsetMinutes: utcOffsetMinutes(),
    };
  }, [day, hour, dayStarts]);
  const live = useLive(LiveAnalyticsDocument, variables);
  const results = live.data?.statistics?.sessionResults;
  const calls = live.data?.callStatistics;
  const sessionsData = useMemo(() => (results ? sessionsChart(results, dayStarts) : undefined), [results, dayStarts]);
  const callsData = useMemo(() => (calls ? callsChart(calls) : undefined), [calls]);
  const lostData = useMemo<ChartData<'doughnut'> | undefined>(
    () => (calls ? { labels: ['Answered', 'Lost'], datasets: [{ data: [calls.total - calls.lost, calls.lost], backgroundColor: [ANSWERED, LOST] }] } : undefined),
    [calls],
  );
  return (
    <section>
      <div class="toolbar">
        <h1>Analytics</h1>
        <LiveBadge status={live.status} />
      </div>
      {live.error && <p role="alert" class="error">{live.error}</p>}
      <div class="kpis">
        <div class="kpi">
          <span class="kpi-value" data-testid="kpi-sessions">{live.data?.statistics?.sessions?.total ?? '—'}</span>
          <span class="muted">sessions in {SESSION_DAYS} days</span>
        </div>
        <div class="kpi">
          <span class="kpi-value" data-testid="kpi-calls">{calls?.total ?? '—'}</span>
          <span class="muted">calls in 24 hours</span>
        </div>
        <div class="kpi">
          <span class="kpi-value" data-testid="kpi-lost">{percent(calls?.lostShare)}</span>
          <span class="muted">of them lost ({calls?.lost ?? '—'})</span>
        </div>
      </div>
      <div class="charts">
        <figure class="panel wide">
          <figcaption>Sessions per day by result</figcaption>
          {sessionsData && <ChartView type="bar" data={sessionsData} options={stacked} label="Sessions per day, stacked by session result" testid="chart-sessions" />}
        </figure>
        <figure class="panel">
          <figcaption>Calls per hour</figcaption>
          {callsData && <ChartView type="bar" data={callsData} options={stacked} label="Calls per hour over the last 24 hours, answered and lost" testid="chart-calls" />}
        </figure>
        <figure class="panel">
          <figcaption>Share of lost calls (24 hours)</figcaption>
          {lostData && <ChartView type="doughnut" data={lostData} options={{ plugins: { legend: { position: 'bottom' } } }} label="Answered and lost calls of the last 24 hours" testid="chart-lost" />}
        </figure>
      </div>
    </section>
  );
}
