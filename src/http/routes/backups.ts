import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../core/app-error';
import type { ApiApp, ApiEnv } from '../env';
import { errorResponses, jsonResponse } from '../route-helpers';
import { BackupNameParamSchema, BackupSchema, RestoreResultSchema } from '../portability-schemas';
import type { BackupService } from '../services';

const tags = ['Backups'];

function backupsOf(c: Context<ApiEnv>): BackupService {
  const backups = c.var.services.backups;
  if (backups === undefined) {
    throw new AppError(
      'conflict',
      'Backups here are of the SQLite file; a PostgreSQL database is backed up with pg_dump, or exported as JSON (GET /api/export).',
      { field: 'database' },
    );
  }
  return backups;
}

export function registerBackupRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/backups',
      tags,
      summary: 'The backups in the data folder, newest first',
      responses: {
        200: jsonResponse(z.array(BackupSchema), 'The backups'),
        ...errorResponses(409),
      },
    }),
    async (c) => c.json(await backupsOf(c).list(), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/backups',
      tags,
      summary: "Back up the database now (SQLite's online backup; safe while in use)",
      responses: { 201: jsonResponse(BackupSchema, 'The new backup'), ...errorResponses(409) },
    }),
    async (c) => c.json(await backupsOf(c).create(), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/backups/{name}/restore',
      tags,
      summary:
        'Restore a backup from the backups folder, after checking it and backing up the current database',
      request: { params: BackupNameParamSchema },
      responses: {
        200: jsonResponse(RestoreResultSchema, 'Restored'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => c.json(await backupsOf(c).restore(c.req.valid('param').name), 200),
  );
}
