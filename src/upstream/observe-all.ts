import type { UpstreamObserver } from './http.js';

/** One observer that feeds every given one (metrics, tracing); undefined ones are left out. */
export function observeAll(...observers: Array<UpstreamObserver | undefined>): UpstreamObserver {
  const list = observers.filter((o): o is UpstreamObserver => !!o);
  return (e) => {
    for (const o of list) o(e);
  };
}
