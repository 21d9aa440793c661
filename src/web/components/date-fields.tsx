import '@mantine/dates/styles.css';
import {
  DatePickerInput,
  DateTimePicker,
  type DatePickerInputProps,
  type DateTimePickerProps,
} from '@mantine/dates';
import { formatDay } from '../lib/dates';

/** Names for the calendar's buttons, which show only arrows and numbers. */
const CALENDAR_LABELS = {
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousDecade: 'Previous decade',
  nextDecade: 'Next decade',
  monthLevelControl: 'Choose another month',
  yearLevelControl: 'Choose another year',
};

/** `2026-12-07 14:30:00` (the pickers' value) → `7 Dec 2026, 14:30`. */
export function formatPickerDateTime(value: string): string {
  return `${formatDay(value.slice(0, 10))}, ${value.slice(11, 16)}`;
}

/** The pickers' local `YYYY-MM-DD HH:mm:ss` for a moment, in the browser's zone. */
export function toPickerDateTime(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())} ${pad(
    value.getHours(),
  )}:${pad(value.getMinutes())}:00`;
}

/** The instant a picker's local `YYYY-MM-DD HH:mm:ss` stands for, as ISO UTC. */
export function fromPickerDateTime(value: string): string {
  return new Date(value.replace(' ', 'T')).toISOString();
}

/**
 * A calendar day, picked from a calendar and shown the way every date in Rebound is written
 * ("7 Dec 2026"), so the month can never be mistaken and an error about it reads the same.
 * The value is `YYYY-MM-DD`.
 */
export function DayField(props: Omit<DatePickerInputProps, 'type' | 'valueFormatter'>) {
  return (
    <DatePickerInput
      ariaLabels={CALENDAR_LABELS}
      valueFormatter={({ date }) => (typeof date === 'string' ? formatDay(date) : '')}
      {...props}
    />
  );
}

/** A day and a time, shown as "7 Dec 2026, 14:30"; the value is local `YYYY-MM-DD HH:mm:ss`. */
export function DateTimeField(props: Omit<DateTimePickerProps, 'type' | 'valueFormat'>) {
  return (
    <DateTimePicker
      ariaLabels={CALENDAR_LABELS}
      valueFormat={formatPickerDateTime}
      submitButtonProps={{ 'aria-label': 'Use this date and time' }}
      timePickerProps={{
        hoursInputLabel: 'Hours',
        minutesInputLabel: 'Minutes',
      }}
      {...props}
    />
  );
}
