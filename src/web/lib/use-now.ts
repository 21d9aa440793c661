import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every few minutes, for "in stage since yesterday" and the like:
 * a page left open overnight still counts days from the right today.
 */
export function useNow(refreshMs = 5 * 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  return now;
}
