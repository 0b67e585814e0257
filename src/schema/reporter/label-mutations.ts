import { defineLabelAssignment } from './label-assign-mutations.js';
import { MESSAGES, SESSIONS } from './label-assignments.js';
import { defineLabelList } from './label-list-mutations.js';
import { MESSAGE_LABEL_GROUPS, MESSAGE_LABELS, SESSION_LABELS } from './label-lists.js';

// The Reporter label mutations: two definitions (label-list-mutations.ts, label-assign-mutations.ts)
// over their kinds (label-lists.ts, label-assignments.ts). The order below is the order of their
// fields on Mutation in the subgraph SDL (schema/subgraph.graphql, which keeps definition order):
// change it and the committed SDL changes.
defineLabelList(SESSION_LABELS);
defineLabelAssignment(SESSIONS);
defineLabelList(MESSAGE_LABELS);
defineLabelAssignment(MESSAGES);
defineLabelList(MESSAGE_LABEL_GROUPS);
