import { createRoute } from '@hono/zod-openapi';
import {
  exportApplicationsCsv,
  importApplicationsCsv,
  previewApplicationsCsv,
} from '../../use-cases/portability/applications-csv';
import { exportContactsVCard } from '../../use-cases/portability/export-contacts';
import {
  importLinkedInConnections,
  importVCards,
} from '../../use-cases/portability/import-contacts';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import {
  CsvImportReportSchema,
  CsvImportRequestSchema,
  CsvPreviewRequestSchema,
  CsvPreviewSchema,
  FileImportReportSchema,
  FileImportRequestSchema,
} from '../portability-schemas';
import { z } from '@hono/zod-openapi';

const tags = ['Import and export'];
const day = (deps: { clock: { now(): Date } }) => deps.clock.now().toISOString().slice(0, 10);
const textFile = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string() } },
});

export function registerPortabilityRoutes(app: ApiApp) {
  for (const [format, use, summary] of [
    ['linkedin', importLinkedInConnections, "Import LinkedIn's Connections.csv into contacts"],
    ['vcard', importVCards, 'Import a .vcf file of vCards (3.0 or 4.0) into contacts'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/import/${format}`,
        tags,
        summary,
        description:
          'New people are added; people already in Rebound get only what they were missing. One transaction: a bad row refuses the whole file unless `partial` is set.',
        request: { body: jsonBody(FileImportRequestSchema) },
        responses: {
          200: jsonResponse(FileImportReportSchema, 'What happened to each row'),
          ...errorResponses(400, 413),
        },
      }),
      async (c) => c.json(await use(c.var.deps, c.req.valid('json')), 200),
    );
  }

  registerCsvImportRoutes(app);
  registerExportRoutes(app);
}

/** Applications from CSV: the mapping preview and the import. */
function registerCsvImportRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/import/csv/preview',
      tags,
      summary:
        'Show how an applications CSV would be read: headers, proposed column mapping, dry-run report',
      request: { body: jsonBody(CsvPreviewRequestSchema) },
      responses: {
        200: jsonResponse(CsvPreviewSchema, 'The preview; nothing is written'),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => c.json(await previewApplicationsCsv(c.var.deps, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/import/csv',
      tags,
      summary:
        'Import applications with their stage history from a CSV, with an optional column mapping',
      request: { body: jsonBody(CsvImportRequestSchema) },
      responses: {
        200: jsonResponse(CsvImportReportSchema, 'What happened to each row'),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => c.json(await importApplicationsCsv(c.var.deps, c.req.valid('json')), 200),
  );
}

/** Contacts as vCard and applications as CSV, as files to download. */
function registerExportRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/export/vcard',
      tags,
      summary: 'Every contact as one vCard 4.0 file',
      responses: { 200: textFile('text/vcard', 'The .vcf file') },
    }),
    async (c) => {
      const { text } = await exportContactsVCard(c.var.deps);
      return c.body(text, 200, {
        'Content-Type': 'text/vcard; charset=utf-8',
        'Content-Disposition': `attachment; filename="rebound-contacts-${day(c.var.deps)}.vcf"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/export/csv',
      tags,
      summary:
        'Every application with its stage history as CSV (UTF-8 with a BOM, for spreadsheets)',
      responses: { 200: textFile('text/csv', 'The .csv file') },
    }),
    async (c) => {
      const { text } = await exportApplicationsCsv(c.var.deps);
      return c.body(text, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="rebound-applications-${day(c.var.deps)}.csv"`,
      });
    },
  );
}
