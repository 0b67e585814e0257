import { parseJson } from '../../upstream/json.js';
import { badResponse, interpretAnswer, type AnswerRules, type ErrorBody } from '../../upstream/classify.js';
import type { HttpMethod, Interpreter, QueryValue, UpstreamHttp } from '../../upstream/http.js';
import { REDACTED, type Redactor } from '../../upstream/redact.js';
import { pathSegment } from '../../upstream/path.js';
import { upstreamFor, type CallOptions, type ClientOptions } from '../client-options.js';
import { reporterErrorCode } from './error-codes.js';
import type { ReporterHeaders } from './types-analytics.js';

/** The default REPORTER_URL (specs README decision 1). */
export const DEFAULT_REPORTER_URL = 'https://app.jaicp.com/api';

export interface ReporterCredentials {
  /** The project API token ("analytics token"), a URL path segment in the legacy generation (§1). */
  token: string;
}

export type ReporterClientOptions = ClientOptions & ReporterCredentials;

/**
 * The one place that turns REPORTER_URL + token into the client's base URL. Legacy generation:
 * `{REPORTER_URL}/reporter/p/{token}` (§1, decision 1). A future v2 mode (Bearer header,
 * `/v1/reporter`) changes only this function and the auth header.
 */
export function reporterBaseUrl(reporterUrl: string, token: string | typeof REDACTED): string {
  const root = reporterUrl.replace(/\/+$/, '');
  // pchar keeps the token's `:` as it is (the form the Reporter documents).
  const segment = token === REDACTED ? REDACTED : pathSegment(token, 'REPORTER_TOKEN');
  return `${root}/reporter/p/${segment}`;
}

export interface ReporterCall {
  method: HttpMethod;
  path: string;
  endpoint: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** `.../filter`, stats and filter-options are POST reads (retried); other non-GETs are writes. */
  read?: boolean;
  headers?: ReporterHeaders;
}

/**
 * HTTP for the Reporter client: owns the UpstreamHttp, the token-free display URL and the
 * interpreter. The endpoint methods live in the subclasses (labels.ts, client.ts).
 */
export class ReporterTransport {
  /** Base URL with the token segment replaced by [REDACTED], for `Query.backends`. */
  readonly displayUrl: string;
  protected readonly http: UpstreamHttp;
  private readonly redactor: Redactor;

  constructor(opts: ReporterClientOptions) {
    // The token must be redacted even when the caller's redactor was built without it.
    opts.redactor.add(opts.token);
    this.redactor = opts.redactor;
    this.displayUrl = reporterBaseUrl(opts.baseUrl, REDACTED);
    this.http = upstreamFor('reporter', opts, reporterBaseUrl(opts.baseUrl, opts.token));
  }

  async close(): Promise<void> {
    await this.http.close();
  }

  protected call<T>(c: ReporterCall, o?: CallOptions): Promise<T> {
    const read = c.read ?? c.method === 'GET';
    const headers: Record<string, string> = {};
    if (c.headers?.timezone !== undefined) headers.Timezone = String(c.headers.timezone);
    if (c.headers?.language !== undefined) headers.language = c.headers.language;
    return this.http.send<T>(
      { method: c.method, path: c.path, query: c.query, body: c.body, headers, read, endpoint: c.endpoint, signal: o?.signal },
      this.interpreter<T>(c.endpoint),
    );
  }

  /**
   * The shared classification (upstream/classify.ts) with the Reporter's own parts: its
   * `{error, message, args}` envelope, the error-code table, and 2xx bodies that may be empty or a
   * bare string.
   */
  private interpreter<T>(endpoint: string): Interpreter<T> {
    const ctx = { service: 'reporter' as const, endpoint, redactor: this.redactor };
    const rules: AnswerRules<T> = {
      errorBody: parseEnvelope,
      refusalCode: reporterErrorCode,
      success: (res) => {
        if (res.text.trim() === '') return undefined as T;
        try {
          return parseJson(res.text) as T;
        } catch {
          // `join` answers a bare branch key; some servers send it unquoted (§3.10).
          const type = String(res.headers['content-type'] ?? '');
          if (!type.includes('json')) return res.text as T;
          throw badResponse(res, ctx, 'the answer is not valid JSON');
        }
      },
    };
    return (res) => interpretAnswer(res, ctx, rules);
  }
}

/** Reads `{error, message, args}` when the body is one (§1.2, decision 4); otherwise nothing. */
function parseEnvelope(text: string): ErrorBody | undefined {
  try {
    const v = parseJson(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const o = v as Record<string, unknown>;
    return {
      mnemonic: typeof o.error === 'string' ? o.error : undefined,
      message: typeof o.message === 'string' ? o.message : undefined,
    };
  } catch {
    return undefined;
  }
}
