/** Migration file names carry a 14-digit UTC timestamp: `20261126090000_initial`. */
export const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+$/;

export interface MigrationOrderProblem {
  name: string;
  message: string;
}

/**
 * Checks a change to the migration list: every name well formed, the list sorted, and every
 * migration added after `shipped` sorting after all of those (an older timestamp would be skipped
 * or run out of order on databases that already applied the later ones).
 */
export function findMigrationOrderProblems(
  current: readonly string[],
  shipped: readonly string[] = [],
): MigrationOrderProblem[] {
  const problems: MigrationOrderProblem[] = [];
  for (const name of current) {
    if (!MIGRATION_NAME.test(name)) {
      problems.push({ name, message: 'must be named YYYYMMDDHHMMSS_what_it_does' });
    }
  }
  current.forEach((name, index) => {
    const previous = current[index - 1];
    if (previous !== undefined && previous >= name) {
      problems.push({ name, message: `is listed after ${previous} but does not sort after it` });
    }
  });
  const shippedSet = new Set(shipped);
  const latestShipped = [...shipped].sort().at(-1);
  for (const name of current) {
    if (!shippedSet.has(name) && latestShipped !== undefined && name < latestShipped) {
      problems.push({
        name,
        message: `is new but sorts before ${latestShipped}, which already shipped; give it a later timestamp`,
      });
    }
  }
  for (const name of shipped) {
    if (!current.includes(name)) {
      problems.push({ name, message: 'shipped earlier but is gone; migrations are never removed' });
    }
  }
  return problems;
}
