import { useEffect, useState } from 'preact/hooks';

/** The start of the current local day or hour (epoch ms). */
export function startOf(unit: 'day' | 'hour', at = new Date()): number {
  const d = new Date(at);
  if (unit === 'day') d.setHours(0, 0, 0, 0);
  else d.setMinutes(0, 0, 0);
  return d.getTime();
}

/**
 * The start of the current local day or hour, updated when the next one begins. Live pages derive
 * their periods from it: the variables stay the same all day (or hour), so every dashboard open
 * shares one live query, and they move on by themselves.
 */
export function useClock(unit: 'day' | 'hour'): number {
  const [start, setStart] = useState(() => startOf(unit));
  useEffect(() => {
    const next = new Date(start);
    if (unit === 'day') next.setDate(next.getDate() + 1);
    else next.setHours(next.getHours() + 1);
    const timer = setTimeout(() => setStart(startOf(unit)), Math.max(1_000, next.getTime() - Date.now() + 500));
    return () => clearTimeout(timer);
  }, [start, unit]);
  return start;
}

/** Minutes east of UTC of this browser (what `utcOffsetMinutes` takes). */
export const utcOffsetMinutes = () => -new Date().getTimezoneOffset();
