import { createRoute, z } from '@hono/zod-openapi';
import { exportWorkspace, importWorkspace } from '../../use-cases/transfer';
import type { ApiApp } from '../env';
import { errorResponses, jsonResponse } from '../route-helpers';
import { ImportQuerySchema, ImportReportSchema, WorkspaceDocumentSchema } from '../schemas';

const ExportQuerySchema = z.object({
  includeLetters: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .openapi({ description: 'Include your private letters (left out by default)' }),
});

const tags = ['Workspace'];

export function registerTransferRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/export',
      tags,
      summary: 'The whole workspace as one JSON document',
      description:
        'Your private letters are left out unless you ask for them with `includeLetters=true`.',
      request: { query: ExportQuerySchema },
      responses: {
        200: jsonResponse(WorkspaceDocumentSchema, 'The workspace document'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const document = await exportWorkspace(c.var.deps, {
        includeLetters: c.req.valid('query').includeLetters === 'true',
      });
      c.header(
        'Content-Disposition',
        `attachment; filename="rebound-${document.exportedAt.slice(0, 10)}.json"`,
      );
      return c.json(document, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import',
      tags,
      summary: 'Load a workspace document in one transaction: all of it or nothing',
      request: {
        query: ImportQuerySchema,
        // Validated by the use case, which names the record and field at fault.
        body: { required: true, content: { 'application/json': { schema: z.unknown() } } },
      },
      responses: {
        200: jsonResponse(ImportReportSchema, 'What was created and skipped'),
        ...errorResponses(400, 409, 413),
      },
    }),
    async (c) => {
      const report = await importWorkspace(c.var.deps, {
        document: c.req.valid('json'),
        mode: c.req.valid('query').mode,
      });
      return c.json(report, 200);
    },
  );
}
