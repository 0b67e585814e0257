import type { BackendInfo } from '../backends/registry.js';
import { builder } from './builder.js';
import { READ } from './type-scopes.js';

export const BackendModeEnum = builder.enumType('BackendMode', {
  description: 'How the gateway reaches a backend.',
  values: {
    LIVE: { description: 'A token is configured; requests go to the configured URL.' },
    SIMULATED: { description: 'No token: the built-in simulator serves it (the embedded default).' },
    DISABLED: { description: 'Not configured (no token with SIMULATORS=off, or left out of the caller’s tenant): its fields fail with BACKEND_NOT_CONFIGURED.' },
  },
});

export const BackendNameEnum = builder.enumType('BackendName', {
  description: 'The three upstream services behind the graph.',
  values: {
    REPORTER: { value: 'reporter', description: 'Just AI / Tovie Reporter API (chatbot analytics), REST.' },
    UIS: { value: 'uis', description: 'UIS / CoMagic Data API (telephony), JSON-RPC 2.0.' },
    LEELOO: { value: 'leeloo', description: 'Leeloo CRM, REST.' },
  },
});

export const BackendRef = builder.objectRef<BackendInfo>('Backend').implement({
  ...READ,
  description: 'One upstream service and how the gateway is configured to reach it.',
  fields: (t) => ({
    name: t.field({ type: BackendNameEnum, nullable: false, description: 'Which backend.', resolve: (b) => b.name }),
    mode: t.field({ type: BackendModeEnum, nullable: false, description: 'LIVE, SIMULATED or DISABLED.', resolve: (b) => b.mode }),
    url: t.exposeString('url', { nullable: false, description: 'Base URL, with any token redacted.' }),
  }),
});

builder.queryField('backends', (t) =>
  t.field({
    type: [BackendRef],
    nullable: false,
    // Answered from configuration: no upstream call (schema/backend-map.ts).
    extensions: { backends: [] },
    description: 'The caller’s tenant’s three backends with their mode and base URL (tokens redacted).',
    resolve: (_root, _args, ctx) => ctx.backends.info,
  }),
);
