import { describe, expect, it } from 'vitest';
import { ConfigError, configuredSecrets, DEFAULT_URLS, loadConfig } from '../../src/config.js';
import { parseNotification, secretMatcher } from '../../src/live/notifications.js';
import { parseTenantsFile } from '../../src/tenants/tenants-file.js';

/** Configuration and parsing of the backends' change notifications (plugins/use-notify-hooks.ts). */
const ENV = { ACME_UIS_TOKEN: 'acme-uis-token-0001', ACME_HOOK: 'acme-hook-secret-000001', GLOBEX_UIS_TOKEN: 'globex-uis-token-01', GLOBEX_HOOK: 'globex-hook-secret-0001' };
const tenantsDoc = (globexSecret = 'env:GLOBEX_HOOK') => ({
  tenants: [
    { id: 'acme', uis: { token: 'env:ACME_UIS_TOKEN', notifySecret: 'env:ACME_HOOK' } },
    { id: 'globex', uis: { token: 'env:GLOBEX_UIS_TOKEN', notifySecret: globexSecret } },
  ],
});
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
};

describe('notification secrets in the configuration', () => {
  it('reads a tenant’s secret from the variable TENANTS_FILE names, and the secret picks that tenant only', () => {
    const { tenants, problems } = parseTenantsFile(JSON.stringify(tenantsDoc()), ENV, DEFAULT_URLS);
    expect(problems).toEqual([]);
    expect(tenants.map((t) => t.notify)).toEqual([{ uis: ENV.ACME_HOOK }, { uis: ENV.GLOBEX_HOOK }]);
    const match = secretMatcher(tenants, 'uis');
    expect(match(ENV.ACME_HOOK)).toBe('acme');
    expect(match(ENV.GLOBEX_HOOK)).toBe('globex');
    for (const wrong of ['', ENV.ACME_HOOK.slice(1), `${ENV.ACME_HOOK} `, ENV.ACME_HOOK.toUpperCase(), ENV.ACME_UIS_TOKEN]) expect(match(wrong)).toBeUndefined();
    expect(secretMatcher(tenants, 'leeloo')(ENV.ACME_HOOK)).toBeUndefined();
  });

  it('refuses a secret pasted into the file, an unset variable, a short secret, and notifySecret on the Reporter, without echoing a value', () => {
    const pasted = parseTenantsFile(JSON.stringify(tenantsDoc('pasted-secret-value-123')), ENV, DEFAULT_URLS).problems;
    expect(pasted.join('\n')).toMatch(/notifySecret" must be "env:NAME"/);
    expect(pasted.join('\n')).not.toContain('pasted-secret-value-123');
    expect(parseTenantsFile(JSON.stringify(tenantsDoc('env:NOPE')), ENV, DEFAULT_URLS).problems.join('\n')).toMatch(/NOPE \(its notification secret\) is not set/);
    const short = parseTenantsFile(JSON.stringify(tenantsDoc()), { ...ENV, GLOBEX_HOOK: 'short' }, DEFAULT_URLS).problems;
    expect(short.join('\n')).toMatch(/16 to 128 letters/);
    expect(short.join('\n')).not.toContain('short"');
    const reporter = { tenants: [{ id: 'acme', reporter: { token: 'env:ACME_UIS_TOKEN', notifySecret: 'env:ACME_HOOK' } }] };
    expect(parseTenantsFile(JSON.stringify(reporter), ENV, DEFAULT_URLS).problems.join('\n')).toMatch(/unknown property "notifySecret" \(known: url, token\)/);
  });

  it('reads UIS_NOTIFY_SECRET and LEELOO_NOTIFY_SECRET for the environment’s tenant, and the redactor knows them', () => {
    const config = loadConfig({ UIS_NOTIFY_SECRET: 'uis-env-secret-00000001', LEELOO_NOTIFY_SECRET: 'leeloo-env-secret-00001' });
    expect(config.tenants[0]!.notify).toEqual({ uis: 'uis-env-secret-00000001', leeloo: 'leeloo-env-secret-00001' });
    expect(configuredSecrets(config)).toEqual(expect.arrayContaining(['uis-env-secret-00000001', 'leeloo-env-secret-00001']));
    expect(loadConfig({}).tenants[0]!.notify).toBeUndefined();
  });

  it('lists a bad secret and a bad LIVE_POLL_INTERVAL_MS with the other problems; the interval defaults to 5 s', () => {
    expect(loadConfig({}).live).toEqual({ pollIntervalMs: 5000 });
    expect(loadConfig({ LIVE_POLL_INTERVAL_MS: '250' }).live.pollIntervalMs).toBe(250);
    const problems = problemsOf({ UIS_NOTIFY_SECRET: 'has/slash-in-it-0000', LIVE_POLL_INTERVAL_MS: '100', LEELOO_NOTIFY_SECRET: 'x'.repeat(129) });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['UIS_NOTIFY_SECRET', 'LEELOO_NOTIFY_SECRET', 'LIVE_POLL_INTERVAL_MS']);
    expect(problemsOf({ LIVE_POLL_INTERVAL_MS: '600001' })).toEqual(['LIVE_POLL_INTERVAL_MS must be an integer from 250 to 600000 (got "600001")']);
  });
});

describe('parseNotification', () => {
  it('accepts any JSON object or form body a UIS template makes, reading only the call id and the event name', () => {
    expect(parseNotification('uis', 'application/json', '{"call_session_id": 123, "notification_name": "Звонок завершён", "extra": {"x": 1}}')).toEqual({
      ok: true,
      summary: { call_session_id: '123', event: 'Звонок завершён' },
    });
    expect(parseNotification('uis', 'application/x-www-form-urlencoded; charset=utf-8', 'call_session_id=42&virtual_phone_number=74950000000')).toEqual({ ok: true, summary: { call_session_id: '42' } });
    expect(parseNotification('uis', 'text/plain', '')).toEqual({ ok: true, summary: {} });
  });

  it('refuses what is not a notification, with the reason', () => {
    const reasons = [
      parseNotification('uis', 'application/json', 'null'),
      parseNotification('uis', 'application/json', '"text"'),
      parseNotification('uis', 'application/json', '{"call_session_id": "1 OR 1=1"}'),
      parseNotification('uis', 'application/json', JSON.stringify(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}`, i])))),
      parseNotification('uis', 'text/xml', '<a/>'),
      parseNotification('leeloo', 'application/json', '{"type": "ORDER; rm", "data": {}}'),
      parseNotification('leeloo', 'application/json', '{"type": "ORDER", "data": [1]}'),
    ];
    for (const r of reasons) expect(r).toEqual({ ok: false, reason: expect.any(String) });
    expect(parseNotification('leeloo', 'application/json', '{"type": "SALE", "data": {"order_id": "1"}}')).toEqual({ ok: true, summary: { type: 'SALE' } });
  });
});
