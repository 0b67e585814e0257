import { builder } from '../builder.js';
import type { UisCall } from '../../backends/uis/shapes.js';
import type { RecognizedPhrase } from '../../backends/uis/types-calls.js';
import type { Context } from '../../gateway/context.js';
import { UpstreamError } from '../../gateway/errors.js';
import { READ } from '../type-scopes.js';

/**
 * `recognized_text`: a call transcript that only the original UIS document lists; no current
 * official page does (uis-data-api.md §12.13; specs/README.md decision 7). It is fetched apart from
 * the call list, for all calls of the operation in one batched request, and an account whose API
 * rejects the field gets null here instead of losing the whole list.
 */

export const CallTranscriptPhraseRef = builder.objectRef<{ phrase: RecognizedPhrase; call: UisCall }>('CallTranscriptPhrase').implement({
  ...READ,
  description: 'One recognised phrase of a call transcript.',
  fields: (t) => ({
    text: t.string({ description: 'The phrase, as edited when someone corrected it.', resolve: (p) => p.phrase.edited_phrase ?? p.phrase.phrase }),
    originalText: t.string({ description: 'The phrase as recognised.', resolve: (p) => p.phrase.phrase }),
    at: t.field({ type: 'DateTime', description: 'When it was said.', resolve: (p) => p.call.date(p.phrase.start_time) }),
    isOperator: t.boolean({ description: 'Said by the employee (true) or the client (false).', resolve: (p) => p.phrase.is_operator }),
  }),
});

export async function transcriptOf(call: UisCall, ctx: Context): Promise<Array<{ phrase: RecognizedPhrase; call: UisCall }> | null> {
  let phrases = call.row.recognized_text;
  if (phrases === undefined) {
    try {
      const full = await ctx.loaders.uis.call.load({ id: call.row.id!, start: call.row.start_time!, fields: ['recognized_text'] });
      phrases = full.row.recognized_text;
    } catch (err) {
      // Unknown to this account's API (unexpected_parameters) or the call is gone: no transcript.
      if (err instanceof UpstreamError && err.mnemonic === 'unexpected_parameters') return null;
      if ((err as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') return null;
      throw err;
    }
  }
  return Array.isArray(phrases) ? phrases.map((phrase) => ({ phrase, call })) : null;
}
