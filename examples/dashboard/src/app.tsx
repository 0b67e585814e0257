import { useEffect, useState } from 'preact/hooks';
import { getToken, setToken } from './api.js';
import { AnalyticsPage } from './analytics.js';
import { CallsPage } from './calls.js';
import { SessionsPage } from './sessions.js';

type Route = 'sessions' | 'calls' | 'analytics';
const routeOf = (hash: string): Route => (hash === '#/calls' ? 'calls' : hash === '#/analytics' ? 'analytics' : 'sessions');

export function App() {
  const [route, setRoute] = useState<Route>(routeOf(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  // Whether the gateway serves GraphiQL (off in production unless GRAPHIQL=on): the link says so.
  const [graphiql, setGraphiql] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    fetch('/graphql', { method: 'HEAD', headers: { accept: 'text/html' } }).then(
      (res) => setGraphiql(res.ok),
      () => setGraphiql(false),
    );
  }, []);
  return (
    <div class="layout">
      <header class="topbar">
        <strong class="brand">Switchboard</strong>
        <nav>
          <a href="#/sessions" class={route === 'sessions' ? 'active' : ''}>Sessions</a>
          <a href="#/calls" class={route === 'calls' ? 'active' : ''}>Calls</a>
          <a href="#/analytics" class={route === 'analytics' ? 'active' : ''}>Analytics</a>
          <a href="/graphql" target="_blank" rel="noreferrer" title={graphiql === false ? 'GraphiQL is off on this gateway (GRAPHIQL=on turns it on)' : undefined}>
            {graphiql === false ? 'GraphiQL (off)' : 'GraphiQL'}
          </a>
        </nav>
        <form class="token" onSubmit={(e) => e.preventDefault()}>
          <label for="token">API key or JWT</label>
          <input
            id="token"
            autoComplete="off"
            type="password"
            placeholder="only when auth is on"
            value={getToken() ?? ''}
            onChange={(e) => {
              setToken((e.target as HTMLInputElement).value.trim());
              location.reload();
            }}
          />
        </form>
      </header>
      <main>{route === 'calls' ? <CallsPage /> : route === 'analytics' ? <AnalyticsPage /> : <SessionsPage />}</main>
    </div>
  );
}
