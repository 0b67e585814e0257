import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { callFieldsFor } from '../../backends/uis/call-fields.js';
import { checkCallsFilter, checkSort, toWireFilter, type CallsFilterInput as CallsFilterArgs } from '../../backends/uis/call-filters.js';
import { checkReachable, fetchCallsPage } from '../../backends/uis/call-list.js';
import { checkPeriod, splitPeriod, wirePeriod } from '../../backends/uis/periods.js';
import { parseCallKey, UisCall, UisCallEmployee, UisCallTag } from '../../backends/uis/shapes.js';
import type { CallsReportRow } from '../../backends/uis/types-calls.js';
import { badUserInput, notFound } from '../../gateway/errors.js';
import { connectionOf, windowOf } from '../pagination.js';
import { selectedFieldNames } from '../selection.js';
import { CallEmployeeRef } from './call-employee.js';
import {
  CallAttributionRef,
  CallCampaignRef,
  CallContactRef,
  CallRecordingRef,
  CallRegionRef,
  CallSaleRef,
  CallScenarioRef,
  CallSiteRef,
  CallVisitorRef,
  recordingsOf,
} from './call-details.js';
import { CallDirectionEnum, CallFilterTreeInput, CallPeriodInput, CallsFilterInput, CallSortInput } from './call-inputs.js';
import { CallTagRef } from './call-tag.js';
import { CallTranscriptPhraseRef, transcriptOf } from './call-transcript.js';
import { isNotFound, orNull, rawIdOf, uisNumericId } from './ids.js';
import { READ } from '../type-scopes.js';

/**
 * A UIS call session (get.calls_report, uis-data-api.md §12.13). Every field reads the report row;
 * which columns the row has is decided by call-fields.ts from the selection. Dates are wire text in
 * the account zone and leave as UTC DateTimes (decision 5). Open upstream value sets (finish reason,
 * source, tag type) are Strings so that a new value never breaks a response.
 */

export const CallRef = builder.objectRef<UisCall>('Call');

type Row = CallsReportRow;
const str = (key: keyof Row) => (c: UisCall) => (c.row[key] ?? null) as string | null;
const int = (key: keyof Row) => (c: UisCall) => (c.row[key] ?? null) as number | null;

function participant(c: UisCall, which: 'first_answered' | 'last_answered' | 'first_talked' | 'last_talked'): UisCallEmployee | null {
  const id = c.row[`${which}_employee_id`];
  if (id == null) return null;
  // Answered/talked follow from which field it is; a talked employee has answered too.
  return new UisCallEmployee(id, c.row[`${which}_employee_full_name`] ?? null, true, which.endsWith('talked') ? true : null);
}

/** A grouped part exists when any of its columns has a value. */
const present = (c: UisCall, keys: Array<keyof Row>) => (keys.some((k) => c.row[k] != null) ? c : null);

builder.node(CallRef, {
  ...READ,
  description: 'A call session in UIS telephony: when, which way, how it ended, who took part, how it was tagged and attributed.',
  isTypeOf: (v) => v instanceof UisCall,
  // The raw ID carries the session id and its start time (shapes.ts): fetching needs a period.
  id: { description: 'Global ID; it carries the start time, so refetching is one request.', resolve: (c) => c.key, parse: (id) => id },
  loadWithoutCache: async (raw, ctx, info) => {
    const key = parseCallKey(raw);
    if (!key) return null;
    return orNull(ctx.loaders.uis.call.load({ ...key, fields: callFieldsFor(selectedFieldNames(info)) }));
  },
  fields: (t) => ({
    callSessionId: t.field({ type: 'Long', nullable: false, description: 'The UIS call session id (`id`).', resolve: (c) => c.row.id! }),
    communicationId: t.field({ type: 'Long', description: 'The communication id: what tagging and sales refer to (decision 8).', resolve: int('communication_id') }),
    communicationType: t.string({ description: 'Always `call` here.', resolve: str('communication_type') }),
    communicationNumber: t.int({ description: 'Ordinal of this communication among the person’s communications.', resolve: int('communication_number') }),
    communicationPageUrl: t.string({ description: 'Page the visitor was on when calling.', resolve: str('communication_page_url') }),
    startTime: t.field({ type: 'DateTime', description: 'When the call started.', resolve: (c) => c.date(c.row.start_time) }),
    finishTime: t.field({ type: 'DateTime', description: 'When the call ended.', resolve: (c) => c.date(c.row.finish_time) }),
    direction: t.field({
      type: CallDirectionEnum,
      description: 'IN or OUT; UNKNOWN for a value this gateway does not know (see `directionRaw`).',
      resolve: (c) => (c.row.direction == null ? null : c.row.direction === 'in' || c.row.direction === 'out' ? c.row.direction : 'unknown'),
    }),
    directionRaw: t.string({ description: 'The direction as UIS sent it (`in`, `out`).', resolve: str('direction') }),
    finishReason: t.string({
      description:
        'Why the call ended, as UIS names it (e.g. `subscriber_disconnects`, `operator_disconnects`, `timeout`, `subscriber_busy`; the list in uis-data-api.md §12.13 grows).',
      resolve: str('finish_reason'),
    }),
    isLost: t.boolean({ description: 'Nobody answered.', resolve: (c) => c.row.is_lost ?? null }),
    isTransfer: t.boolean({ description: 'The call was transferred between employees.', resolve: (c) => c.row.is_transfer ?? null }),
    waitDuration: t.int({ description: 'Seconds the client waited before the first answer.', resolve: int('wait_duration') }),
    totalWaitDuration: t.int({ description: 'Seconds of waiting in total, transfers included.', resolve: int('total_wait_duration') }),
    talkDuration: t.int({ description: 'Seconds of talk.', resolve: int('talk_duration') }),
    cleanTalkDuration: t.int({ description: 'Seconds of talk without holds.', resolve: int('clean_talk_duration') }),
    totalDuration: t.int({ description: 'Seconds from start to end.', resolve: int('total_duration') }),
    postprocessDuration: t.int({ description: 'Seconds of after-call work.', resolve: int('postprocess_duration') }),
    lostCallProcessingDuration: t.int({ description: 'Seconds until a lost call was called back.', resolve: int('lost_call_processing_duration') }),
    contactPhoneNumber: t.string({ description: 'The client’s number (digits, e.g. `79161234567`).', resolve: str('contact_phone_number') }),
    virtualPhoneNumber: t.string({ description: 'The company (virtual) number used.', resolve: str('virtual_phone_number') }),
    operatorPhoneNumber: t.string({ description: 'The number the employee answered on.', resolve: str('operator_phone_number') }),
    region: t.field({ type: CallRegionRef, description: 'Region and country of the client’s number.', resolve: (c) => present(c, ['cpn_region_id', 'cpn_region_name', 'cpn_country_id']) }),
    recordings: t.field({ type: [CallRecordingRef], description: 'Conversation and voice-mail recordings.', resolve: (c, _a, ctx) => recordingsOf(c, ctx.loaders.uis.client.displayUrl) }),
    fullRecordFileLink: t.string({ description: 'Link to the whole call’s recording, as UIS gives it.', resolve: str('full_record_file_link') }),
    source: t.string({ description: 'What produced the call (`va`, `call_tracking`, `callapi`, `sitephone`, `callback`…; open list).', resolve: str('source') }),
    scenario: t.field({ type: CallScenarioRef, description: 'The processing scenario.', resolve: (c) => present(c, ['scenario_id', 'scenario_name']) }),
    site: t.field({ type: CallSiteRef, description: 'The attributed site.', resolve: (c) => present(c, ['site_id', 'site_domain_name']) }),
    campaign: t.field({ type: CallCampaignRef, description: 'The attributed advertising campaign.', resolve: (c) => present(c, ['campaign_id', 'campaign_name']) }),
    autoCallCampaignName: t.string({ description: 'The auto-dial campaign of an outgoing robot call.', resolve: str('auto_call_campaign_name') }),
    visitor: t.field({ type: CallVisitorRef, description: 'The site visitor (tracked calls).', resolve: (c) => present(c, ['visitor_id', 'person_id', 'visitor_session_id']) }),
    attribution: t.field({ type: CallAttributionRef, description: 'UTM, search, referral and channel attribution.', resolve: (c) => c }),
    sale: t.field({ type: CallSaleRef, description: 'A sale recorded against the call.', resolve: (c) => present(c, ['sale_date', 'sale_cost']) }),
    contact: t.field({ type: CallContactRef, description: 'The caller’s UIS contact.', resolve: (c) => present(c, ['contact_id', 'contact_full_name']) }),
    extId: t.string({ description: 'Your external id for the call.', resolve: str('ext_id') }),
    callApiRequestId: t.field({ type: 'Long', description: 'Call API request that made the call.', resolve: int('call_api_request_id') }),
    callApiExternalId: t.string({ description: 'External id given to the Call API.', resolve: str('call_api_external_id') }),
    properties: t.string({ description: 'Extra data of the communication (e.g. a callback form’s note).', resolve: str('properties') }),
    employees: t.field({
      type: [CallEmployeeRef],
      // Built from the call's own row: present whenever the call is.
      nullable: false,
      description: 'Employees who took part, with answered/talked flags. Names come with the call; `employee` reaches the rest.',
      resolve: (c) => (c.row.employees ?? []).map((e) => new UisCallEmployee(e.employee_id, e.employee_full_name, e.is_answered ?? null, e.is_talked ?? null)),
    }),
    tags: t.field({ type: [CallTagRef], nullable: false, description: 'Tags on the call, with who set them and when.', resolve: (c) => (c.row.tags ?? []).map((tag) => new UisCallTag(tag, c.zone)) }),
    firstAnsweredEmployee: t.field({ type: CallEmployeeRef, description: 'The first employee who answered.', resolve: (c) => participant(c, 'first_answered') }),
    lastAnsweredEmployee: t.field({ type: CallEmployeeRef, description: 'The last employee who answered.', resolve: (c) => participant(c, 'last_answered') }),
    lastAnsweredEmployeeRating: t.int({ description: 'The rating the client gave the last answering employee.', resolve: int('last_answered_employee_rating') }),
    firstTalkedEmployee: t.field({ type: CallEmployeeRef, description: 'The first employee who talked with the client.', resolve: (c) => participant(c, 'first_talked') }),
    lastTalkedEmployee: t.field({ type: CallEmployeeRef, description: 'The last employee who talked with the client.', resolve: (c) => participant(c, 'last_talked') }),
    recognizedText: t.field({
      type: [CallTranscriptPhraseRef],
      description:
        'The transcript, where the account has one. Undocumented upstream (decision 7): null when unavailable. Costs one extra request for all calls of the operation.',
      resolve: (c, _a, ctx) => transcriptOf(c, ctx),
    }),
  }),
});

export type FilterArg = {
  direction?: string | null;
  employeeIds?: ReadonlyArray<string | number> | null;
  tagIds?: ReadonlyArray<string | number> | null;
} & Omit<CallsFilterArgs, 'direction' | 'employeeIds' | 'tagIds'>;

/** The GraphQL filter as the backend helper takes it: IDs decoded, UNKNOWN direction refused. */
export function filterArgs(f: FilterArg | null | undefined, ctx: Context): CallsFilterArgs | undefined {
  if (!f) return undefined;
  if (f.direction === 'unknown') throw badUserInput('Filter by IN or OUT; UNKNOWN only describes values read back', 'filter.direction');
  return {
    ...f,
    direction: f.direction as 'in' | 'out' | null | undefined,
    employeeIds: f.employeeIds?.map((id) => uisNumericId(String(id), 'Employee', 'filter.employeeIds', ctx)),
    tagIds: f.tagIds?.map((id) => uisNumericId(String(id), 'Tag', 'filter.tagIds', ctx)),
  };
}

builder.queryFields((t) => ({
  calls: t.connection(
    {
      type: CallRef,
      description:
        'Calls in a period (required), filtered and sorted. Periods over 3 months are split into windows transparently: totalCount sums them and paging walks them in time order. `first` is capped at MAX_PAGE_SIZE (default 100); UIS pages at most 100 000 rows deep per 3-month window.',
      args: {
        period: t.arg({ type: CallPeriodInput, required: true, description: 'The time range; both ends inclusive.' }),
        filter: t.arg({ type: CallsFilterInput, description: 'Typed filters for the common cases.' }),
        where: t.arg({ type: CallFilterTreeInput, description: 'A raw filter tree over get.calls_report fields, ANDed with `filter`.' }),
        sort: t.arg({ type: [CallSortInput], description: 'Sort keys, most significant first; UIS order (by start time) when left out.' }),
      },
      resolve: async (_root, args, ctx, info) => {
        // Every argument is checked before the first upstream request (get.account included).
        const window = windowOf(args, ctx.config.maxPageSize);
        checkReachable(window.offset);
        checkPeriod(args.period);
        const checked = checkCallsFilter(filterArgs(args.filter as FilterArg | null, ctx), args.where);
        const sort = checkSort(args.sort);
        const fields = callFieldsFor(selectedFieldNames(info, ['edges', 'node']));
        const uis = ctx.loaders.uis;
        const zone = await uis.zone();
        const period = wirePeriod(args.period, zone);
        const page = await fetchCallsPage(
          uis.client,
          { windows: splitPeriod(period.date_from, period.date_till), fields, filter: toWireFilter(checked, zone), sort },
          window,
          ctx.signal,
        );
        return connectionOf(page.rows.map((row) => new UisCall(row, zone)), window, page.totalCount);
      },
    },
    {
      name: 'CallConnection',
      edgesField: { description: 'The calls of this page, in order.' },
      description: 'A page of UIS calls.',
      fields: (c) => ({
        totalCount: c.int({ nullable: false, description: 'Calls matching the period and filters (summed over 3-month windows).', resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }),
      }),
    },
    { name: 'CallEdge', nodeField: { description: 'The call.' }, description: 'A UIS call in a page.' },
  ),
  call: t.field({
    type: CallRef,
    description: 'One call by its Call ID (which carries its start time, so this is one request); NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'A Call ID from `calls` or a Leeloo account’s calls.' }) },
    resolve: async (_root, args, ctx, info) => {
      const key = parseCallKey(rawIdOf(String(args.id), 'Call', 'id', ctx));
      if (!key) throw badUserInput('Not a Call ID', 'id');
      try {
        return await ctx.loaders.uis.call.load({ ...key, fields: callFieldsFor(selectedFieldNames(info)) });
      } catch (err) {
        if (isNotFound(err)) throw notFound(`No UIS call ${key.id}`, 'uis');
        throw err;
      }
    },
  }),
}));
