import { useEffect, useRef } from 'react';
import { useSettings } from '../api/settings';
import { today } from './dates';

/**
 * Today's calendar day where the user lives: the zone in their settings, which is the one the
 * server checks dates against; the browser's own until the settings have loaded.
 */
export function useToday(): string {
  return today(useSettings().data?.timeZone);
}

interface DayForm<Field extends string> {
  getValues: () => { [K in Field]: string | null };
  setFieldValue: (path: Field, value: string) => void;
}

/**
 * Keeps a form's day field on the default while it still shows the previous default, so a day
 * offered before the settings loaded follows the user's zone once they do; a day the user picked
 * stays.
 */
export function useDayDefault<Field extends string>(
  form: DayForm<Field>,
  field: Field,
  day: string,
) {
  const offered = useRef(day);
  useEffect(() => {
    if (form.getValues()[field] === offered.current) form.setFieldValue(field, day);
    offered.current = day;
    // Only a new default moves the field; the form object changes on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [day]);
}
