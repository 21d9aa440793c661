import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../core/app-error';
import { parseAnnouncement } from '../../core/federal/announcement-import';
import {
  buildResume,
  getResumeProfile,
  saveResumeProfile,
} from '../../use-cases/federal/build-resume';
import { checkResumeFile } from '../../use-cases/federal/check-resume-file';
import {
  createFederalApplication,
  getFederalApplication,
  importAnnouncement,
  listFederalApplications,
  setUsajobsStatus,
  updateFederalDetails,
} from '../../use-cases/federal/federal-applications';
import type { ApiApp, ApiEnv } from '../env';
import {
  AnnouncementSchema,
  AnnouncementTextSchema,
  BuiltResumeSchema,
  FederalApplicationCreateSchema,
  FederalApplicationSchema,
  FederalDetailsPatchSchema,
  FederalDetailsSchema,
  FederalProfileSchema,
  ResumeBuildRequestSchema,
  ResumeCheckReportSchema,
  ResumeCheckRequestSchema,
  UsajobsStatusChangeSchema,
} from '../federal-schemas';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { IdParamSchema } from '../schemas';

const tags = ['Federal'];

function filesOf(c: Context<ApiEnv>) {
  const federal = c.var.services.federal;
  if (!federal) {
    throw new AppError(
      'conflict',
      'Reading and writing résumé files is not available on this server.',
      { field: 'file' },
    );
  }
  return federal;
}

/** Base64 with the Web-standard atob and btoa, so routes stay runtime-neutral. */
function decodeBase64(text: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text.replace(/\s/g, '')), (ch) => ch.charCodeAt(0));
  } catch {
    throw AppError.validation('file.contentBase64', 'must be base64');
  }
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function registerCheck(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/federal/check',
      tags,
      summary: 'Check a résumé file (PDF, Word or text, as base64) under the USAJOBS rules',
      description:
        'Against `announcement` (its text) or the stored announcement of `applicationId` when given. Findings carry the rule id, severity (error, warning, advice), the line and page, an explanation and the source.',
      request: { body: jsonBody(ResumeCheckRequestSchema) },
      responses: {
        200: jsonResponse(ResumeCheckReportSchema, 'The findings and the text as read'),
        ...errorResponses(400, 404, 409, 413),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const report = await checkResumeFile(c.var.deps, {
        reader: filesOf(c).reader,
        file: { name: body.file.name, bytes: decodeBase64(body.file.contentBase64) },
        announcement: body.announcement
          ? parseAnnouncement(body.announcement.text, body.announcement.format)
          : null,
        applicationId: body.applicationId,
        attachedDocuments: body.attachedDocuments,
        essays: body.essays,
      });
      return c.json(report, 200);
    },
  );
}

function registerAnnouncements(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/federal/announcements/parse',
      tags,
      summary:
        'Read an announcement (Search API JSON, saved page or pasted text) without saving it',
      request: { body: jsonBody(AnnouncementTextSchema) },
      responses: {
        200: jsonResponse(AnnouncementSchema, 'What was read'),
        ...errorResponses(400, 413),
      },
    }),
    (c) => {
      const body = c.req.valid('json');
      return c.json(parseAnnouncement(body.text, body.format), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/federal/applications',
      tags,
      summary: 'Add a federal application from an announcement’s text, or from its details',
      description:
        'The application starts saved (not yet sent), with steps before the closing date.',
      request: { body: jsonBody(FederalApplicationCreateSchema) },
      responses: {
        201: jsonResponse(FederalApplicationSchema, 'The application'),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const view =
        body.details !== undefined
          ? await createFederalApplication(c.var.deps, { input: body.details })
          : await importAnnouncement(c.var.deps, {
              text: body.text ?? '',
              ...(body.format !== undefined && { format: body.format }),
            });
      return c.json(view, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/federal/applications',
      tags,
      summary: 'Every federal application, latest closing date first',
      responses: { 200: jsonResponse(z.array(FederalDetailsSchema), 'The federal applications') },
    }),
    async (c) => c.json(await listFederalApplications(c.var.deps), 200),
  );
}

function registerApplicationFederal(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/federal',
      tags,
      summary: 'An application’s federal details and similar announcements saved',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(FederalApplicationSchema, 'The details'),
        ...errorResponses(404),
      },
    }),
    async (c) =>
      c.json(
        await getFederalApplication(c.var.deps, { applicationId: c.req.valid('param').id }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/applications/{id}/federal',
      tags,
      summary: 'Change federal details: documents attached, essays, dates, pay plan–series–grade',
      request: { params: IdParamSchema, body: jsonBody(FederalDetailsPatchSchema) },
      responses: {
        200: jsonResponse(FederalApplicationSchema, 'The details'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        await updateFederalDetails(c.var.deps, {
          applicationId: c.req.valid('param').id,
          patch: c.req.valid('json'),
        }),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/federal/status',
      tags,
      summary:
        'Record the status USAJOBS shows; "not referred" and "not selected" start the federal recovery',
      request: { params: IdParamSchema, body: jsonBody(UsajobsStatusChangeSchema) },
      responses: {
        200: jsonResponse(FederalApplicationSchema, 'The details'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        await setUsajobsStatus(c.var.deps, {
          applicationId: c.req.valid('param').id,
          ...c.req.valid('json'),
        }),
        200,
      ),
  );
}

function registerBuilder(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/federal/profile',
      tags,
      summary: 'Your experience for the résumé builder (null before you save it)',
      responses: { 200: jsonResponse(FederalProfileSchema.nullable(), 'The profile') },
    }),
    async (c) => c.json(await getResumeProfile(c.var.deps), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/federal/profile',
      tags,
      summary: 'Save your experience for the résumé builder',
      request: { body: jsonBody(z.unknown()) },
      responses: {
        200: jsonResponse(FederalProfileSchema, 'The saved profile'),
        ...errorResponses(400),
      },
    }),
    async (c) => c.json(await saveResumeProfile(c.var.deps, { profile: await c.req.json() }), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/federal/resume',
      tags,
      summary:
        'Build a two-page federal résumé (PDF or Word, as base64) tailored to an application',
      request: { body: jsonBody(ResumeBuildRequestSchema) },
      responses: {
        200: jsonResponse(
          BuiltResumeSchema,
          'The file, its pages, what was left out and its own check',
        ),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const built = await buildResume(c.var.deps, {
        ...filesOf(c),
        format: body.format,
        applicationId: body.applicationId,
      });
      return c.json(
        {
          fileName: built.fileName,
          contentBase64: encodeBase64(built.bytes),
          pages: built.pages,
          leftOut: built.leftOut,
          findings: built.findings,
        },
        200,
      );
    },
  );
}

/** The federal track: the résumé check, announcements, USAJOBS statuses and the builder. */
export function registerFederalRoutes(app: ApiApp) {
  registerCheck(app);
  registerAnnouncements(app);
  registerApplicationFederal(app);
  registerBuilder(app);
}
