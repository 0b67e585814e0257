/**
 * A URL as Switchboard shows it (`Query.backends { url }`, the first log line): scheme, host, port
 * and path only. Userinfo and the query string are dropped, not redacted, since either may hold a
 * credential (`UIS_URL=http://user:pw@host/?key=…` once showed all three), and the fragment goes
 * with them. Something that is not a URL is shown as a placeholder, never as it is.
 */
export function shownUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/$/, '');
  } catch {
    return '(not a URL)';
  }
}

/**
 * The parts of a URL that may be credentials, for the redactor: the password, and query values of
 * 8 characters or more (shorter ones such as `json` are not keys, and redacting them everywhere
 * would mangle every log line). The user name is an identifier: not shown, but not redacted.
 */
export function urlSecrets(raw: string): string[] {
  try {
    const u = new URL(raw);
    const password = u.password ? [u.password, decodeURIComponent(u.password)] : [];
    return [...password, ...[...u.searchParams.values()].filter((v) => v.length >= 8)];
  } catch {
    return [];
  }
}
