import { pathSegmentProblem } from '../../upstream/path.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { InvalidInputError, MUTATION_ERRORS, mutationWork } from '../mutation-errors.js';
import { forgetMessages, messageKeyOf, ReporterMessageKeyInput, type MessageKey } from './label-mutations-shared.js';
import { ReporterMessageRef } from './refs.js';

/**
 * An analyst's comment on a message (reporter-api.md §3.8): add or replace, delete. A message has
 * at most one comment (Message.comment, §2.3), so POST replaces it. The message is read first
 * (one `messages/by-session` page), which makes an unknown message or one outside the given
 * session NOT_FOUND before any write, and lets a no-op (the same comment, or deleting none) skip
 * the write. The client sends the id under both spellings of AddCommentDto (§2.6).
 */

/**
 * Longest comment accepted. GUESS: the spec sets no limit; 4000 characters keeps one inside a
 * typical text column and a report cell.
 * @default 4000
 */
export const MAX_COMMENT_LENGTH = 4000;

export class MessageCommentChange {
  constructor(readonly key: MessageKey, readonly changed: boolean) {}
}

const MessageCommentChangeRef = builder.objectRef<MessageCommentChange>('MessageCommentSuccess').implement({
  description: 'The message after setting or deleting its comment.',
  isTypeOf: (v) => v instanceof MessageCommentChange,
  fields: (t) => ({
    // Not `message`: that is MutationError's String, and a frontend selects both in one union.
    reporterMessage: t.field({
      type: ReporterMessageRef,
      description: 'The message, read again after the change (`comment` included).',
      resolve: (c, _a, ctx) => ctx.loaders.reporter.message.load([c.key.sessionId, c.key.questionId]),
    }),
    changed: t.boolean({ nullable: false, description: 'False when the message already was as asked: nothing was written.', resolve: (c) => c.changed }),
  }),
});

async function changeComment(rawKey: Parameters<typeof messageKeyOf>[0], comment: string | null, ctx: Context): Promise<MessageCommentChange> {
  return mutationWork(async () => {
    const key = messageKeyOf(rawKey, 'message', ctx);
    // questionId becomes a path segment (comments/{questionId}): refuse what could escape it before the read.
    const problem = pathSegmentProblem(key.questionId);
    if (problem) throw new InvalidInputError(`\`questionId\` ${problem}`, 'message.questionId');
    const r = ctx.loaders.reporter;
    const message = await r.message.load([key.sessionId, key.questionId]);
    if ((message.comment ?? null) === comment) return new MessageCommentChange(key, false);
    if (comment === null) await r.client.deleteComment(key.questionId, { signal: ctx.signal });
    else await r.client.addComment(key.questionId, comment, { signal: ctx.signal });
    forgetMessages(r);
    return new MessageCommentChange(key, true);
  });
}

const MESSAGE = 'The message: its global ID, or its session and questionId.';

builder.mutationField('setMessageComment', (t) =>
  t.field({
    type: MessageCommentChangeRef,
    description:
      'Adds a comment to a message, or replaces the one it has (POST comments/{questionId}). A blank comment is InvalidInputError: use `deleteMessageComment`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'SetMessageCommentResult' } },
    args: {
      message: t.arg({ type: ReporterMessageKeyInput, required: true, description: MESSAGE }),
      comment: t.arg.string({ required: true, description: `The comment, as written (not blank; at most ${MAX_COMMENT_LENGTH} characters).` }),
    },
    resolve: (_root, args, ctx) =>
      mutationWork(async () => {
        if (args.comment.trim() === '') throw new InvalidInputError('The comment must not be blank', 'comment');
        if (args.comment.length > MAX_COMMENT_LENGTH) throw new InvalidInputError(`The comment is longer than ${MAX_COMMENT_LENGTH} characters`, 'comment');
        return changeComment(args.message, args.comment, ctx);
      }),
  }),
);

builder.mutationField('deleteMessageComment', (t) =>
  t.field({
    type: MessageCommentChangeRef,
    description: 'Deletes a message’s comment (DELETE comments/{questionId}). A message without one succeeds with `changed: false`.',
    authScopes: { labels: true },
    errors: { types: MUTATION_ERRORS, directResult: true, union: { name: 'DeleteMessageCommentResult' } },
    args: { message: t.arg({ type: ReporterMessageKeyInput, required: true, description: MESSAGE }) },
    resolve: (_root, args, ctx) => changeComment(args.message, null, ctx),
  }),
);
