import { describe, expect, it } from 'vitest';
import { shownUrl, urlSecrets } from '../../src/upstream/shown-url.js';

describe('shownUrl', () => {
  it('drops userinfo, query string and fragment', () => {
    expect(shownUrl('http://user:pw@host:81/v2.0?key=abc#x')).toBe('http://host:81/v2.0');
  });

  it('keeps scheme, host, port and path, without a trailing slash', () => {
    expect(shownUrl('https://api.leeloo.ai/api/v1/')).toBe('https://api.leeloo.ai/api/v1');
    expect(shownUrl('https://app.jaicp.com/api/reporter/p/[REDACTED]')).toBe('https://app.jaicp.com/api/reporter/p/[REDACTED]');
  });

  it('never shows something that is not a URL as it is', () => {
    expect(shownUrl('secret-token-as-url')).toBe('(not a URL)');
  });
});

describe('urlSecrets', () => {
  it('names the password and long query values for the redactor, not the user name or short values', () => {
    expect(urlSecrets('http://operator:pa55word@host/x?key=querykey-123&format=json')).toEqual(['pa55word', 'pa55word', 'querykey-123']);
  });
});
