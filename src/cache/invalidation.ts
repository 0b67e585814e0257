/**
 * What each mutation changes, as the response cache sees it: the types whose cached responses must
 * go once the mutation ran. The cache plugin already drops the entities a mutation's own answer
 * selects (`Session:<id>` when the payload includes the session); this table covers what the
 * payload may not show (a client that selects only `changed`), list members that were added, and
 * data derived from the entity (a label's name on every session that carries it).
 *
 * Types, not ids: a mutation's arguments accept upstream ids as well as global IDs, and a bulk
 * change by filter has no ids at all. Purging by type over-invalidates (every tenant's cached
 * sessions go when one session is labelled), which costs a few upstream reads, never a stale
 * answer; live types live 5 s anyway. A test checks that every Mutation field is listed here.
 */
const SESSION_LABELLING = ['Session', 'SessionLabelStatistics'];
const SESSION_LABELS = ['SessionLabel', 'Session', 'SessionLabelStatistics'];
const MESSAGE_LABELLING = ['ReporterMessage', 'MessageLabelStatistics'];
const MESSAGE_LABELS = ['MessageLabel', 'MessageLabelGroup', 'ReporterMessage', 'MessageLabelStatistics'];
const EXPERIMENTS = ['Experiment', 'ExperimentBranch', 'Session'];
const REPORTS = ['ReportTask'];

export const INVALIDATED_BY_MUTATION: Readonly<Record<string, readonly string[]>> = {
  addSessionLabel: SESSION_LABELLING,
  removeSessionLabel: SESSION_LABELLING,
  setSessionLabels: SESSION_LABELLING,
  bulkLabelSessions: SESSION_LABELLING,
  createSessionLabel: SESSION_LABELS,
  renameSessionLabel: SESSION_LABELS,
  setSessionLabelPriorities: SESSION_LABELS,
  deleteSessionLabel: SESSION_LABELS,
  addMessageLabel: MESSAGE_LABELLING,
  removeMessageLabel: MESSAGE_LABELLING,
  setMessageLabels: MESSAGE_LABELLING,
  bulkLabelMessages: MESSAGE_LABELLING,
  createMessageLabel: MESSAGE_LABELS,
  renameMessageLabel: MESSAGE_LABELS,
  setMessageLabelPriorities: MESSAGE_LABELS,
  deleteMessageLabel: MESSAGE_LABELS,
  createMessageLabelGroup: MESSAGE_LABELS,
  renameMessageLabelGroup: MESSAGE_LABELS,
  setMessageLabelGroupPriorities: MESSAGE_LABELS,
  deleteMessageLabelGroup: MESSAGE_LABELS,
  setMessageComment: ['ReporterMessage'],
  deleteMessageComment: ['ReporterMessage'],
  // The blocked state is a ReporterClient field, whether reached from `reporterClients`, `client` or a session.
  blockClient: ['ReporterClient'],
  unblockClient: ['ReporterClient'],
  createExperiment: EXPERIMENTS,
  activateExperiment: EXPERIMENTS,
  stopExperiment: EXPERIMENTS,
  deleteExperiment: EXPERIMENTS,
  // Report tasks are never cached (ttls.ts); listed so the table is complete.
  createReport: REPORTS,
  createTelephonyReport: REPORTS,
  createDailyReport: REPORTS,
  deleteReportTask: REPORTS,
  deleteCompletedReportTasks: REPORTS,
  tagCall: ['Call', 'CallTag'],
  untagCall: ['Call', 'CallTag'],
  tagCalls: ['Call', 'CallTag'],
  addLeelooAccountTag: ['LeelooAccount'],
  removeLeelooAccountTag: ['LeelooAccount'],
};
