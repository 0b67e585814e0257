/**
 * Reporter's AnalyticsFilter: a union discriminated by `type` (reporter-api.md §2.1).
 * Keys and comparison types stay open strings: the v2 generation added keys, and the server's
 * `GET filters` answer is the authority on which key takes which type (§2.1, §5).
 */

/** Filter types the spec lists (CONFIRMED §2.1). */
export type FilterType =
  | 'TEXT'
  | 'DATE_TIME_RANGE'
  | 'NUMERIC_RANGE'
  | 'CHECKBOX'
  | 'RADIO'
  | 'TREE'
  | 'CUSTOM_FIELDS_IN_RESPONSE'
  | 'COMPOSITE_FILTER';

/** NOT_IMPORTANT | CONTAINS | NOT_CONTAINS | EQUALS, kept open. */
export type TextComparisonType = string;
/** NOT_IMPORTANT | NOT_EXISTS | EXISTS | CONTAINS | NOT_CONTAINS, kept open. */
export type CheckboxComparisonType = string;
/** NOT_IMPORTANT | CONTAINS | NOT_CONTAINS | EQUALS | NOT_EQUALS | STARTS_WITH | ENDS_WITH, kept open. */
export type CompositeComparisonType = string;
/** SESSION_ID, SESSION_START_TIME, CHANNEL_TYPE, … (29 legacy keys, more in v2). */
export type FilterKey = string;

export interface TextFilter {
  key: FilterKey;
  type: 'TEXT';
  values: string[];
  comparisonType: TextComparisonType;
  isCaseSensitive: boolean;
}

export interface DateTimeRangeFilter {
  key: FilterKey;
  type: 'DATE_TIME_RANGE';
  /** `yyyy-MM-ddTHH:mm:ss.SSSZ` */
  from?: string;
  to?: string;
}

export interface NumericRangeFilter {
  key: FilterKey;
  type: 'NUMERIC_RANGE';
  /** The doc example sends strings ("20"); the server accepts both (§2.1 INFERRED). Send numbers. */
  from?: number | string;
  to?: number | string;
}

export interface CheckboxFilter {
  key: FilterKey;
  type: 'CHECKBOX';
  options: string[];
  comparisonType?: CheckboxComparisonType;
}

export interface TreeFilter {
  key: FilterKey;
  type: 'TREE';
  options: string[];
  comparisonType?: CheckboxComparisonType;
}

export interface RadioFilter {
  key: FilterKey;
  type: 'RADIO';
  /** YES/NO, ANY/CLIENT/BOT, ANY/WITH_TRANSFER/WITHOUT_TRANSFER (§2.1 INFERRED vocabularies). */
  option?: string;
}

export interface CustomFieldsInResponseFilter {
  key: FilterKey;
  type: 'CUSTOM_FIELDS_IN_RESPONSE';
  responseDataJsonPaths?: string[];
}

export interface CompositeOption {
  key: string;
  value?: string;
  caseSensitive?: boolean;
  comparisonOption: CompositeComparisonType;
}

export interface CompositeFilter {
  key: FilterKey;
  type: 'COMPOSITE_FILTER';
  options?: CompositeOption[];
}

export type AnalyticsFilter =
  | TextFilter
  | DateTimeRangeFilter
  | NumericRangeFilter
  | CheckboxFilter
  | TreeFilter
  | RadioFilter
  | CustomFieldsInResponseFilter
  | CompositeFilter;

/** The body of every `.../filter`, stats and filter-options call; optional (empty = no filtering). */
export interface FiltersDto {
  filters: AnalyticsFilter[];
}

/** A FiltersDto from a list, so callers need not wrap it themselves. */
export function filtersDto(filters: AnalyticsFilter[] = []): FiltersDto {
  return { filters };
}
