import { readFileSync } from 'node:fs';
import { Kind, parse, print, type DefinitionNode } from 'graphql';
import { findUp } from '../find-up.js';

/**
 * The curated GraphiQL tabs: one example operation per area of a supervisor's frontend, as written in
 * schema/operations/ (comments included), plus the shared fragments it spreads (taken from the
 * persisted-documents manifest, which holds each operation with its fragments), with variables that
 * run against the data at hand.
 */
export interface ExampleSamples {
  /** Global ID of a session (the drawer and the mutation tabs), when one could be looked up. */
  sessionId?: string;
  /** `labelId` of a session label (the mutation tab). */
  labelId?: string;
}

interface Example {
  operationName: string;
  file: string;
  /** Shown as a comment above the operation: what a frontend page would use it for. */
  purpose: string;
  variables: (samples: ExampleSamples) => Record<string, unknown>;
}

/**
 * A period ending now, as tokens the page replaces with ISO times when it opens (http/graphiql/render.ts):
 * the page is rendered once and cached, so the server's clock must not be baked into it.
 */
export const nowToken = (daysAgo = 0) => (daysAgo ? `__NOW_MINUS_${daysAgo}_DAYS__` : '__NOW__');
const lastDays = (days: number) => ({ from: nowToken(days), to: nowToken() });

/** Marks a variable GraphiQL cannot fill by itself; the JSON-with-comments editor shows the hint. */
export const MISSING = '<paste a session id from the SessionsWithClientsAndLabels tab>';

export const EXAMPLES: readonly Example[] = [
  {
    operationName: 'SessionsWithClientsAndLabels',
    file: 'reporter/sessions-with-clients-and-labels.graphql',
    purpose: 'Dashboard: the latest sessions with their clients and labels (1 Reporter request).',
    variables: () => ({ first: 10 }),
  },
  {
    operationName: 'SessionWithMessages',
    file: 'reporter/session-with-messages.graphql',
    purpose: 'Session drawer: one session with its messages, their labels and groups (1 Reporter request).',
    variables: (s) => ({ id: s.sessionId ?? MISSING, first: 20 }),
  },
  {
    operationName: 'AnalyticsDashboard',
    file: 'reporter/analytics-dashboard.graphql',
    purpose: 'Analytics dashboard: every statistics series of the last 7 days.',
    variables: () => ({ period: lastDays(7), interval: 'DAY' }),
  },
  {
    operationName: 'CallsWithEmployeesAndTags',
    file: 'uis/CallsWithEmployeesAndTags.graphql',
    purpose: 'Calls page: the last 7 days of calls with their employees and tags (1 UIS request).',
    variables: () => ({ period: lastDays(7), first: 20 }),
  },
  {
    operationName: 'CrmAccountsWithCalls',
    file: 'crm-accounts-with-calls.graphql',
    purpose: 'CRM list: Leeloo accounts with their orders and their UIS calls of the last 30 days.',
    variables: () => ({ first: 10, period: lastDays(30), callsFirst: 5 }),
  },
  {
    operationName: 'AddSessionLabel',
    file: 'reporter/mutation-add-session-label.graphql',
    purpose: 'Mutation: label a session; the result is a union of the success payload and typed errors.',
    variables: (s) => ({ sessionId: s.sessionId ?? MISSING, labelId: s.labelId ?? '11' }),
  },
];

/** Operation name → its document (with fragments) from the persisted-documents manifest. */
export function documentsByName(manifest: Map<string, string>): Map<string, string> {
  const byName = new Map<string, string>();
  for (const text of manifest.values()) {
    const op = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    if (op?.kind === Kind.OPERATION_DEFINITION && op.name) byName.set(op.name.value, text);
  }
  return byName;
}

/** An example operation file of schema/operations/, beside the sources or the build (find-up.ts). */
function readOperationFile(file: string): string | undefined {
  const path = findUp(import.meta.url, [`schema/operations/${file}`]);
  return path ? readFileSync(path, 'utf8') : undefined;
}

const isOperation = (d: DefinitionNode) => d.kind === Kind.OPERATION_DEFINITION;
const fragmentName = (d: DefinitionNode) => (d.kind === Kind.FRAGMENT_DEFINITION ? d.name.value : undefined);

const texts = new Map<string, string>();

/** The operation's text: its file with the fragments it lacks appended, else the manifest's text printed. */
function exampleText(example: Example, manifestText: string): string {
  const cached = texts.get(example.operationName);
  if (cached !== undefined) return cached;
  const text = composeText(example, manifestText);
  texts.set(example.operationName, text);
  return text;
}

function composeText(example: Example, manifestText: string): string {
  const manifest = parse(manifestText).definitions;
  const file = readOperationFile(example.file);
  if (file) {
    const own = new Set(parse(file).definitions.map(fragmentName));
    const missing = manifest.filter((d) => fragmentName(d) && !own.has(fragmentName(d)));
    return [file.trimEnd(), ...missing.map((d) => print(d))].join('\n\n');
  }
  // Operation first, so GraphiQL names the tab after it.
  return [...manifest.filter(isOperation), ...manifest.filter((d) => !isOperation(d))].map((d) => print(d)).join('\n\n');
}

export interface Tab {
  query: string;
  variables: string;
  headers: string;
}

/** The tabs for one GraphiQL page; an example whose operation is missing from the manifest fails loudly. */
export function exampleTabs(documents: Map<string, string>, samples: ExampleSamples, headers: string): Tab[] {
  return EXAMPLES.map((example) => {
    const text = documents.get(example.operationName);
    if (!text) throw new Error(`GraphiQL example ${example.operationName} is not in schema/persisted-documents.json: run \`npm run codegen\``);
    const query = `# ${example.purpose}\n# From schema/operations/${example.file}\n\n${exampleText(example, text)}\n`;
    return { query, variables: JSON.stringify(example.variables(samples), null, 2), headers };
  });
}
