import { describe, expect, it } from 'vitest';
import { SIMULATOR_TOKENS } from '../../src/simulators/tokens.js';
import { Redactor } from '../../src/upstream/redact.js';

describe('simulator tokens', () => {
  // The redactor removes any 7-character piece of a configured token from upstream bodies: a token
  // made of one repeated character would match ordinary data (the peers bench's UIS limit of 10^12).
  const body = JSON.stringify({
    result: { metadata: { limits: { day_limit: 1_000_000_000_000, minute_limit: 1_000_000_000 } }, data: [{ id: '9007199254740993', phone: '+70000000000', hex: 'ffffffffffffff', text: 'aaaaaaaaaaaaaaa' }] },
  });

  it('has no character repeated three times in a row in any token', () => {
    for (const token of Object.values(SIMULATOR_TOKENS)) expect(token).not.toMatch(/(.)\1\1/);
  });

  it('leaves a body of long digit and letter runs whole when the gateway knows the simulator tokens', () => {
    const redactor = new Redactor(Object.values(SIMULATOR_TOKENS));
    expect(redactor.scrubBody(Buffer.from(body))).toBe(body);
  });

  it('still removes a simulator token an upstream echoes', () => {
    const redactor = new Redactor(Object.values(SIMULATOR_TOKENS));
    const echoed = JSON.stringify({ error: `bad token ${SIMULATOR_TOKENS.uis}` });
    expect(redactor.scrubBody(Buffer.from(echoed))).toBe(JSON.stringify({ error: 'bad token [REDACTED]' }));
  });
});
