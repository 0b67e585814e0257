import { parseJson } from '../../upstream/json.js';
import { ErrorCode, UpstreamError, codeForHttpStatus, isRetryableStatus, summariseBody } from '../../errors.js';
import type { HttpMethod, Interpreter, QueryValue, UpstreamHttp } from '../../upstream/http.js';
import { REDACTED, type Redactor } from '../../upstream/redact.js';
import { pathSegment } from '../../upstream/path.js';
import { parseRetryAfter } from '../../upstream/retry.js';
import { upstreamFor, type CallOptions, type ClientOptions } from '../client-options.js';
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

  /** 2xx → JSON (empty → undefined, raw text accepted for string answers); else the error family. */
  private interpreter<T>(endpoint: string): Interpreter<T> {
    return ({ status, headers, text }) => {
      if (status >= 200 && status < 300) {
        if (text.trim() === '') return undefined as T;
        try {
          return parseJson(text) as T;
        } catch {
          // `join` answers a bare branch key; some servers send it unquoted (§3.10).
          const type = String(headers['content-type'] ?? '');
          if (!type.includes('json')) return text as T;
          throw new UpstreamError(`reporter ${endpoint}: the answer is not valid JSON`, {
            code: ErrorCode.UPSTREAM_BAD_RESPONSE,
            service: 'reporter',
            endpoint,
            status,
            detail: this.summarise(text),
            // A complete but unparsable answer is not transient (unlike a cut-off one): like the UIS
            // and Leeloo clients, don't retry it.
            retryable: false,
          });
        }
      }
      const envelope = parseEnvelope(text);
      const retryAfterMs = parseRetryAfter(headers['retry-after']);
      return throwError(
        new UpstreamError(`reporter ${endpoint}: HTTP ${status}${envelope?.message ? ` (${this.summarise(envelope.message)})` : ''}`, {
          // 409 (the simulator's duplicate experiment or label) is a conflict, not a generic failure.
          code: status === 409 ? ErrorCode.CONFLICT : codeForHttpStatus(status),
          service: 'reporter',
          endpoint,
          status,
          mnemonic: envelope?.error,
          detail: this.summarise(text),
          retryable: isRetryableStatus(status),
          retryAfterMs,
        }),
      );
    };
  }

  private summarise(text: string): string {
    return summariseBody(this.redactor.redact(text));
  }
}

/** Reads `{error, message, args}` when the body is one (§1.2, decision 4); otherwise nothing. */
function parseEnvelope(text: string): { error?: string; message?: string } | undefined {
  try {
    const v = parseJson(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
    const o = v as Record<string, unknown>;
    return {
      error: typeof o.error === 'string' ? o.error : undefined,
      message: typeof o.message === 'string' ? o.message : undefined,
    };
  } catch {
    return undefined;
  }
}

function throwError(e: UpstreamError): never {
  throw e;
}
