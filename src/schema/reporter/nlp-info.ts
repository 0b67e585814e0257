import { NlpInfoRef } from './refs.js';
import { READ } from '../type-scopes.js';

/**
 * NlpInfo (reporter-api.md §2.3): how the bot understood a client's phrase. Every field is a
 * string except `confidence`; class and state are paths such as `/Shop/Order/Status`.
 */
NlpInfoRef.implement({
  ...READ,
  description: 'How the bot understood a phrase: the class and scenario state it chose and the rule that matched (NlpInfo).',
  fields: (t) => ({
    nlpClass: t.string({ description: 'The recognised class path, e.g. `/Shop/Order/Status`.', resolve: (n) => n.nlpClass ?? null }),
    nlpState: t.string({ description: 'The scenario state that answered.', resolve: (n) => n.nlpState ?? null }),
    fromState: t.string({ description: 'The state the dialogue was in before the phrase.', resolve: (n) => n.fromState ?? null }),
    rule: t.string({ description: 'The rule that matched: an intent name, a pattern or an event.', resolve: (n) => n.rule ?? null }),
    ruleType: t.string({ description: 'The kind of rule, e.g. `intent`, `pattern`, `event`; an open set.', resolve: (n) => n.ruleType ?? null }),
    pattern: t.string({ description: 'The pattern as written in the script, for pattern rules.', resolve: (n) => n.pattern ?? null }),
    effectivePattern: t.string({ description: 'The pattern as the engine applied it.', resolve: (n) => n.effectivePattern ?? null }),
    confidence: t.float({ description: 'Classifier confidence from 0 to 1.', resolve: (n) => n.confidence ?? null }),
  }),
});
