import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
  type ChartData,
  type ChartType,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

// Only what the analytics page draws (bars and a doughnut): Chart.js is tree-shaken by Vite, so the
// bundle carries these controllers and nothing else.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Tooltip, Legend);

interface Props<T extends ChartType> {
  type: T;
  data: ChartData<T>;
  options?: ChartConfiguration<T>['options'];
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  testid: string;
}

/**
 * One Chart.js chart on a canvas. Created once; each live push replaces its data and redraws
 * without the entry animation, so a chart that updates itself every few seconds does not flicker.
 */
export function ChartView<T extends ChartType>({ type, data, options, label, testid }: Props<T>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<T> | undefined>(undefined);
  useEffect(() => {
    chart.current = new Chart(canvas.current!, { type, data, options: { responsive: true, maintainAspectRatio: false, ...options } } as ChartConfiguration<T>);
    return () => chart.current?.destroy();
    // The chart is made once per type; data changes are applied below.
  }, [type]);
  useEffect(() => {
    const c = chart.current;
    if (!c || c.data === data) return;
    c.data = data;
    c.update('none');
  }, [data]);
  return (
    <div class="chart" data-testid={testid}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
