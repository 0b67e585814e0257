/** The simulators' addresses and tokens as a gateway's environment (REPORTER_URL, UIS_ACCESS_TOKEN, …). */
export function backendEnv(sims: { urls: Record<'reporter' | 'uis' | 'leeloo', string>; tokens: Record<'reporter' | 'uis' | 'leeloo', string> }): Record<string, string> {
  return {
    REPORTER_URL: sims.urls.reporter,
    REPORTER_TOKEN: sims.tokens.reporter,
    UIS_URL: sims.urls.uis,
    UIS_ACCESS_TOKEN: sims.tokens.uis,
    LEELOO_URL: sims.urls.leeloo,
    LEELOO_TOKEN: sims.tokens.leeloo,
  };
}
