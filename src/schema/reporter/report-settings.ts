import type { ReportSettings } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { readableWith } from '../type-scopes.js';

/** ReportSettings (reporter-api.md §2.10): the file format a report export was asked for. */
export const ReportSettingsRef = builder.objectRef<ReportSettings>('ReportSettings').implement({
  ...readableWith('read', 'reports'),
  description: 'The file format a report export was asked for.',
  fields: (t) => ({
    fileType: t.exposeString('fileType', {
      description: 'File format as the Reporter names it: XLSX or CSV today (kept a String so a new format never breaks a response).',
    }),
    withHeader: t.boolean({
      description: 'Whether the first row holds column titles (the Reporter’s default is true).',
      resolve: (s) => s.withHeader ?? true,
    }),
    delimiter: t.exposeString('delimiter', { description: 'CSV column delimiter, one character (default `,`).' }),
    dateTimeFormat: t.exposeString('dateTimeFormat', {
      description: 'Java DateTimeFormatter pattern of dates in the file (default `yyyy-MM-dd HH:mm:ss.SSS`).',
    }),
  }),
});
