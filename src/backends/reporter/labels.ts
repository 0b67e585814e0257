import { pathSegment } from '../../upstream/path.js';
import type { CallOptions } from '../client-options.js';
import { ReporterTransport } from './transport.js';
import type {
  BulkLabelingDto,
  LabelIdDto,
  LabelPriorityChangeDto,
  LogLabelGroupCreate,
  MessageLabelCreate,
  MessageLabelDto,
  MessageLabelGroupDto,
  MessageLabelUpdate,
  SessionLabelCreate,
  SessionLabelDto,
  UpdateMessageLabelDto,
  UpdateMessageLabelGroupDto,
  UpdateSessionLabelDto,
} from './types.js';

/**
 * Label endpoints (reporter-api.md §3.7): session labels (flat) and message ("log") labels in
 * groups. Label ids are int64 in the path. Detach is a DELETE with a JSON body (§3.7 note).
 */
export class ReporterLabelsClient extends ReporterTransport {
  // Session labels

  listSessionLabels(o?: CallOptions): Promise<SessionLabelDto[]> {
    return this.call({ method: 'GET', path: '/logs/labels/sessions', endpoint: 'GET logs/labels/sessions' }, o);
  }

  getSessionLabel(id: number, o?: CallOptions): Promise<SessionLabelDto> {
    return this.call({ method: 'GET', path: `/logs/labels/sessions/${pathSegment(id)}`, endpoint: 'GET logs/labels/sessions/:id' }, o);
  }

  createSessionLabel(body: SessionLabelCreate, o?: CallOptions): Promise<SessionLabelDto> {
    return this.call({ method: 'POST', path: '/logs/labels/sessions', endpoint: 'POST logs/labels/sessions', body }, o);
  }

  updateSessionLabel(id: number, body: SessionLabelCreate, o?: CallOptions): Promise<void> {
    return this.call({ method: 'PUT', path: `/logs/labels/sessions/${pathSegment(id)}`, endpoint: 'PUT logs/labels/sessions/:id', body }, o);
  }

  deleteSessionLabel(id: number, o?: CallOptions): Promise<void> {
    return this.call({ method: 'DELETE', path: `/logs/labels/sessions/${pathSegment(id)}`, endpoint: 'DELETE logs/labels/sessions/:id' }, o);
  }

  changeSessionLabelPriority(body: LabelPriorityChangeDto[], o?: CallOptions): Promise<void> {
    const path = '/logs/labels/sessions/change-priority';
    return this.call({ method: 'PUT', path, endpoint: 'PUT logs/labels/sessions/change-priority', body }, o);
  }

  updateSessionLabelsByList(body: UpdateSessionLabelDto[], o?: CallOptions): Promise<void> {
    return this.call({ method: 'PUT', path: '/session-labels/by-list', endpoint: 'PUT session-labels/by-list', body }, o);
  }

  attachSessionLabel(sessionId: string, labelId: number, o?: CallOptions): Promise<void> {
    const body: LabelIdDto = { labelId };
    const c = { path: '/session-labels/sessions', query: { sessionId }, body };
    return this.call({ method: 'POST', endpoint: 'POST session-labels/sessions', ...c }, o);
  }

  detachSessionLabel(sessionId: string, labelId: number, o?: CallOptions): Promise<void> {
    const body: LabelIdDto = { labelId };
    const c = { path: '/session-labels/sessions', query: { sessionId }, body };
    return this.call({ method: 'DELETE', endpoint: 'DELETE session-labels/sessions', ...c }, o);
  }

  /** Replaces the session's label set (§3.7 INFERRED). */
  setSessionLabels(sessionId: string, labelIds: number[], o?: CallOptions): Promise<void> {
    const body: LabelIdDto[] = labelIds.map((labelId) => ({ labelId }));
    const c = { path: '/session-labels/sessions/set-by-list', query: { sessionId }, body };
    return this.call({ method: 'POST', endpoint: 'POST session-labels/sessions/set-by-list', ...c }, o);
  }

  bulkLabelSessions(body: BulkLabelingDto, o?: CallOptions): Promise<void> {
    const path = '/session-labels/sessions/bulk-labeling';
    return this.call({ method: 'POST', path, endpoint: 'POST session-labels/sessions/bulk-labeling', body }, o);
  }

  // Message labels

  listMessageLabels(o?: CallOptions): Promise<MessageLabelDto[]> {
    return this.call({ method: 'GET', path: '/message/labels', endpoint: 'GET message/labels' }, o);
  }

  getMessageLabel(id: number, o?: CallOptions): Promise<MessageLabelDto> {
    return this.call({ method: 'GET', path: `/message/labels/${pathSegment(id)}`, endpoint: 'GET message/labels/:id' }, o);
  }

  createMessageLabel(body: MessageLabelCreate, o?: CallOptions): Promise<MessageLabelDto> {
    return this.call({ method: 'POST', path: '/message/labels', endpoint: 'POST message/labels', body }, o);
  }

  updateMessageLabel(id: number, body: MessageLabelUpdate, o?: CallOptions): Promise<void> {
    return this.call({ method: 'PUT', path: `/message/labels/${pathSegment(id)}`, endpoint: 'PUT message/labels/:id', body }, o);
  }

  deleteMessageLabel(id: number, o?: CallOptions): Promise<void> {
    return this.call({ method: 'DELETE', path: `/message/labels/${pathSegment(id)}`, endpoint: 'DELETE message/labels/:id' }, o);
  }

  changeMessageLabelPriority(body: LabelPriorityChangeDto[], o?: CallOptions): Promise<void> {
    const path = '/message/labels/change-priority';
    return this.call({ method: 'PUT', path, endpoint: 'PUT message/labels/change-priority', body }, o);
  }

  createMessageLabelsByList(body: MessageLabelCreate[], o?: CallOptions): Promise<void> {
    return this.call({ method: 'POST', path: '/message/labels/by-list', endpoint: 'POST message/labels/by-list', body }, o);
  }

  updateMessageLabelsByList(body: UpdateMessageLabelDto[], o?: CallOptions): Promise<void> {
    return this.call({ method: 'PUT', path: '/message/labels/by-list', endpoint: 'PUT message/labels/by-list', body }, o);
  }

  // Message label groups

  listMessageLabelGroups(o?: CallOptions): Promise<MessageLabelGroupDto[]> {
    return this.call({ method: 'GET', path: '/message/labels/groups', endpoint: 'GET message/labels/groups' }, o);
  }

  getMessageLabelGroup(id: number, o?: CallOptions): Promise<MessageLabelGroupDto> {
    return this.call({ method: 'GET', path: `/message/labels/groups/${pathSegment(id)}`, endpoint: 'GET message/labels/groups/:id' }, o);
  }

  updateMessageLabelGroup(id: number, body: LogLabelGroupCreate, o?: CallOptions): Promise<void> {
    const path = `/message/labels/groups/${id}`;
    return this.call({ method: 'PUT', path, endpoint: 'PUT message/labels/groups/:id', body }, o);
  }

  deleteMessageLabelGroup(id: number, o?: CallOptions): Promise<void> {
    const path = `/message/labels/groups/${id}`;
    return this.call({ method: 'DELETE', path, endpoint: 'DELETE message/labels/groups/:id' }, o);
  }

  updateMessageLabelGroups(body: UpdateMessageLabelGroupDto[], o?: CallOptions): Promise<void> {
    return this.call({ method: 'PUT', path: '/message/labels/groups', endpoint: 'PUT message/labels/groups', body }, o);
  }

  changeMessageLabelGroupPriority(body: LabelPriorityChangeDto[], o?: CallOptions): Promise<void> {
    const path = '/message/labels/groups/change-priority';
    return this.call({ method: 'PUT', path, endpoint: 'PUT message/labels/groups/change-priority', body }, o);
  }

  // Message label links ("logs")

  attachMessageLabel(questionId: string, labelId: number, o?: CallOptions): Promise<void> {
    const body: LabelIdDto = { labelId };
    const c = { path: '/message/labels/logs', query: { questionId }, body };
    return this.call({ method: 'POST', endpoint: 'POST message/labels/logs', ...c }, o);
  }

  detachMessageLabel(questionId: string, labelId: number, o?: CallOptions): Promise<void> {
    const body: LabelIdDto = { labelId };
    const c = { path: '/message/labels/logs', query: { questionId }, body };
    return this.call({ method: 'DELETE', endpoint: 'DELETE message/labels/logs', ...c }, o);
  }

  setMessageLabels(questionId: string, labelIds: number[], o?: CallOptions): Promise<void> {
    const body: LabelIdDto[] = labelIds.map((labelId) => ({ labelId }));
    const c = { path: '/message/labels/logs/set-by-list', query: { questionId }, body };
    return this.call({ method: 'POST', endpoint: 'POST message/labels/logs/set-by-list', ...c }, o);
  }

  bulkLabelMessages(body: BulkLabelingDto, o?: CallOptions): Promise<void> {
    const path = '/message/labels/logs/bulk-labeling';
    return this.call({ method: 'POST', path, endpoint: 'POST message/labels/logs/bulk-labeling', body }, o);
  }
}
