/**
 * A raw upstream answer, as http.ts reads it and classify.ts and the backends' interpreters judge
 * it. Apart from both so that http.ts and classify.ts do not import each other.
 */
export interface UpstreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}
