import { builder } from '../builder.js';
import type { Employee } from '../../backends/uis/types.js';
import { READ } from '../type-scopes.js';

/** The nested parts of a UIS employee (get.employees, uis-data-api.md §12.3). */

type Group = NonNullable<Employee['groups']>[number];
type Phone = NonNullable<Employee['phone_numbers']>[number];
type Extension = NonNullable<Employee['extension']>;
type Coach = NonNullable<Employee['coach']>;
type Operator = NonNullable<Employee['operator']>;

export const EmployeeGroupRef = builder.objectRef<Group>('EmployeeGroup').implement({
  ...READ,
  description: 'A UIS employee group the employee belongs to.',
  fields: (t) => ({
    groupId: t.int({ description: 'UIS group id.', resolve: (g) => g.group_id }),
    name: t.string({ description: 'Group name.', resolve: (g) => g.group_name }),
  }),
});

export const EmployeePhoneNumberRef = builder.objectRef<Phone>('EmployeePhoneNumber').implement({
  ...READ,
  description: 'One of the up to 10 numbers an employee is dialled on, in dialling priority.',
  fields: (t) => ({
    phoneId: t.int({ description: 'UIS phone id.', resolve: (p) => p.phone_id }),
    phoneNumber: t.string({ description: 'The number; may be a SIP URI or carry an extension, so not always E.164.', resolve: (p) => p.phone_number }),
    channelsCount: t.int({ description: 'Parallel calls this number takes (1–150).', resolve: (p) => p.channels_count }),
    dialTime: t.int({ description: 'Seconds it rings before the next number is tried (1–100).', resolve: (p) => p.dial_time }),
    status: t.string({ description: '`active` or `inactive` (as UIS sends it).', resolve: (p) => p.status }),
  }),
});

export const EmployeeExtensionRef = builder.objectRef<Extension>('EmployeeExtension').implement({
  ...READ,
  description: 'The employee’s internal extension.',
  fields: (t) => ({
    phoneNumber: t.string({ description: 'Extension number (up to 5 digits).', resolve: (e) => e.extension_phone_number }),
    voiceMailEnabled: t.boolean({ description: 'Voice mail on the extension.', resolve: (e) => e.extension_voice_mail_enabled }),
    queueEnabled: t.boolean({ description: 'Calls to the extension queue when busy.', resolve: (e) => e.extension_queue_enabled }),
  }),
});

export const EmployeeCoachRef = builder.objectRef<Coach>('EmployeeCoach').implement({
  ...READ,
  description: 'The supervisor who may listen in on the employee’s calls.',
  fields: (t) => ({
    coachId: t.int({ description: 'The coach’s UIS employee id.', resolve: (c) => c.coach_id }),
    fullName: t.string({ description: 'The coach’s full name.', resolve: (c) => c.coach_full_name }),
    alwaysEnabled: t.boolean({ description: 'Coaching is on for every call.', resolve: (c) => c.coach_always_enabled }),
  }),
});

export const EmployeeChatOperatorRef = builder.objectRef<Operator>('EmployeeChatOperator').implement({
  ...READ,
  description: 'Chat-operator settings of the employee.',
  fields: (t) => ({
    login: t.string({ description: 'Operator login.', resolve: (o) => o.operator_login }),
    displayName: t.string({ description: 'Name shown to site visitors.', resolve: (o) => o.operator_display_name }),
    positionName: t.string({ description: 'Position shown to visitors.', resolve: (o) => o.operator_position_name }),
    chatEnabled: t.boolean({ description: 'May take chats.', resolve: (o) => o.operator_chat_enabled }),
    chatsAvailable: t.boolean({ description: 'Currently available for chats.', resolve: (o) => o.operator_chats_available }),
    offlineMessagesEnabled: t.boolean({ description: 'Receives offline messages.', resolve: (o) => o.operator_offline_message_enabled }),
    siteDomains: t.stringList({ description: 'Sites the operator serves.', resolve: (o) => o.operator_sites.map((s) => s.site_domain_name) }),
  }),
});

export const EmployeeCallDirectionsRef = builder.objectRef<Employee>('EmployeeCallDirections').implement({
  ...READ,
  description: 'Which call directions the employee may take, per kind of call (values `in`, `out`).',
  fields: (t) => ({
    inExternal: t.stringList({ description: 'Incoming external calls.', resolve: (e) => e.in_external_allowed_call_directions ?? null }),
    inInternal: t.stringList({ description: 'Incoming internal calls.', resolve: (e) => e.in_internal_allowed_call_directions ?? null }),
    outExternal: t.stringList({ description: 'Outgoing external calls.', resolve: (e) => e.out_external_allowed_call_directions ?? null }),
    outInternal: t.stringList({ description: 'Outgoing internal calls.', resolve: (e) => e.out_internal_allowed_call_directions ?? null }),
  }),
});
