import type { ReportSettings } from '../../backends/reporter/types-analytics.js';
import { builder } from '../builder.js';
import { InvalidInputError } from '../mutation-errors.js';

/**
 * `ReportSettingsInput`: the file format of a new report export (ReportSettings, reporter-api.md
 * §2.10), checked before any upstream call so that a bad delimiter or date pattern is refused
 * with the field named instead of failing upstream or, worse, producing an unreadable file.
 */

export const ReportFileTypeEnum = builder.enumType('ReportFileType', {
  description: 'File format of a report export (FileType, §2.10).',
  values: {
    XLSX: { description: 'An Excel workbook.' },
    CSV: { description: 'Comma- (or `delimiter`-) separated values.' },
  },
});

export interface ReportSettingsValue {
  fileType: 'XLSX' | 'CSV';
  withHeader?: boolean | null;
  delimiter?: string | null;
  dateTimeFormat?: string | null;
}

export const ReportSettingsInput = builder.inputRef<ReportSettingsValue>('ReportSettingsInput').implement({
  description: 'How to write a report export; fields left out take the Reporter’s defaults.',
  fields: (t) => ({
    fileType: t.field({ type: ReportFileTypeEnum, required: true, description: 'XLSX or CSV.' }),
    withHeader: t.boolean({ description: 'Whether the first row holds column titles (Reporter default: true).' }),
    delimiter: t.string({ description: 'CSV only: the column delimiter, exactly one character (Reporter default: `,`).' }),
    dateTimeFormat: t.string({
      description: 'Java DateTimeFormatter pattern of dates in the file, e.g. `dd.MM.yyyy HH:mm` (Reporter default: `yyyy-MM-dd HH:mm:ss.SSS`).',
    }),
  }),
});

/**
 * Most letters a Java DateTimeFormatter pattern allows in a row, per pattern letter
 * (DateTimeFormatterBuilder.appendPattern). Other ASCII letters are "Unknown pattern letter".
 */
const LETTER_MAX: Record<string, number> = {
  G: 5, u: 19, y: 19, Y: 19, D: 3, M: 5, L: 5, d: 2, Q: 5, q: 5, w: 2, W: 1, E: 5, e: 5, c: 5, F: 1,
  a: 1, B: 5, h: 2, K: 2, k: 2, H: 2, m: 2, s: 2, S: 9, A: 19, n: 19, N: 19,
  V: 2, v: 4, z: 4, O: 4, X: 5, x: 5, Z: 5, p: 19,
};

/** Checks a DateTimeFormatter pattern the way Java parses it; returns the problem, or undefined. */
export function dateTimePatternProblem(pattern: string): string | undefined {
  if (pattern.trim() === '') return 'is empty';
  if (pattern.length > 100) return 'is longer than 100 characters';
  let depth = 0;
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a literal quote; '…' is literal text and must be closed.
      const close = pattern.indexOf("'", i + 1);
      if (close < 0) return 'has an unclosed quote';
      i = close + 1;
      continue;
    }
    if (ch === '[') depth += 1;
    else if (ch === ']' && --depth < 0) return 'has `]` without a `[` before it';
    else if (ch === '#' || ch === '{' || ch === '}') return `uses the reserved character \`${ch}\``;
    else if (/[A-Za-z]/.test(ch)) {
      let run = 1;
      while (pattern[i + run] === ch) run += 1;
      const max = LETTER_MAX[ch];
      if (max === undefined) return `uses the unknown pattern letter \`${ch}\``;
      if (run > max || (ch === 'V' && run !== 2)) return `has too many (or too few) \`${ch}\` in a row`;
      i += run;
      continue;
    }
    i += 1;
  }
  return undefined;
}

/** The ReportSettings body, or an InvalidInputError naming `<field>.<part>`. */
export function reportSettingsOf(input: ReportSettingsValue | null | undefined, field = 'settings'): ReportSettings | undefined {
  if (!input) return undefined;
  const out: ReportSettings = { fileType: input.fileType };
  if (input.withHeader !== null && input.withHeader !== undefined) out.withHeader = input.withHeader;
  if (input.delimiter !== null && input.delimiter !== undefined) {
    if (input.fileType !== 'CSV') throw new InvalidInputError('`delimiter` applies to CSV files only', `${field}.delimiter`);
    // maxLength 1 in the spec; one UTF-16 unit, as the Reporter (Java) counts it.
    if (input.delimiter.length !== 1) throw new InvalidInputError('`delimiter` must be exactly one character', `${field}.delimiter`);
    out.delimiter = input.delimiter;
  }
  if (input.dateTimeFormat !== null && input.dateTimeFormat !== undefined) {
    const problem = dateTimePatternProblem(input.dateTimeFormat);
    if (problem) throw new InvalidInputError(`\`dateTimeFormat\` ${problem}; it is a Java DateTimeFormatter pattern`, `${field}.dateTimeFormat`);
    out.dateTimeFormat = input.dateTimeFormat;
  }
  return out;
}
