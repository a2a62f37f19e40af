import { Input, Select } from 'antd';
import type { CSSProperties } from 'react';

/**
 * The filters above a list: each names itself to screen readers by what it shows as placeholder, and clearing
 * one shows the whole list again.
 */
export function SearchFilter({
  value,
  placeholder,
  onSearch,
  style = { flex: '1 1 220px', maxWidth: 320 },
  testId,
}: {
  value?: string;
  placeholder: string;
  onSearch: (value: string) => void;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <Input.Search
      allowClear
      defaultValue={value}
      placeholder={placeholder}
      aria-label={placeholder}
      onSearch={(v) => onSearch(v.trim())}
      style={style}
      data-testid={testId}
    />
  );
}

export function ChoiceFilter<V extends string | number>({
  value,
  placeholder,
  onChange,
  options,
  width,
  searchable,
  testId,
}: {
  value?: V;
  placeholder: string;
  onChange: (value: V | undefined) => void;
  options: { value: V; label: string }[];
  width: number;
  searchable?: boolean;
  testId?: string;
}) {
  return (
    <Select<V>
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value}
      onChange={onChange}
      options={options}
      style={{ width }}
      data-testid={testId}
    />
  );
}

/** The current year and the four before it, newest first: the years a unit works on. */
export function recentYears(now = new Date()): number[] {
  const year = now.getFullYear();
  return [year, year - 1, year - 2, year - 3, year - 4];
}

export const yearOptions = () => recentYears().map((y) => ({ value: y, label: String(y) }));

/** A year among the recent ones; clearing it shows every year. */
export function YearFilter({
  value,
  placeholder,
  onChange,
}: {
  value?: number;
  placeholder: string;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <ChoiceFilter value={value} placeholder={placeholder} onChange={onChange} options={yearOptions()} width={110} />
  );
}
