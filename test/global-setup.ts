import type { TestProject } from 'vitest/node';
import { buildCoach, buildServer } from '../scripts/build-server';
import { createTestRoles, startTestPostgres } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (a superuser) on which tests may create databases. */
    postgresUrl: string;
  }
}

/**
 * Runs once for the whole suite: builds the CLI bundle the command-line tests spawn, and provides
 * a real PostgreSQL server, TEST_DATABASE_URL when set, otherwise one started here and stopped at
 * the end. If PostgreSQL cannot start the run fails: its tests must never be silently skipped.
 */
export default async function setup(project: TestProject) {
  await Promise.all([buildServer(), buildCoach()]);
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    await createTestRoles(external);
    project.provide('postgresUrl', external);
    return;
  }
  const server = await startTestPostgres();
  await createTestRoles(server.url);
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
