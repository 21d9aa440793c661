import { createRoute } from '@hono/zod-openapi';
import {
  deleteLetter,
  getLetter,
  listFreshRejections,
  listLetters,
  updateLetter,
  writeLetter,
} from '../../use-cases/wellbeing/letters';
import { findNoteToSend } from '../../use-cases/wellbeing/note-to-send';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import { IdParamSchema } from '../schemas';
import {
  FreshRejectionSchema,
  LetterInputSchema,
  LetterListQuerySchema,
  LetterListSchema,
  LetterPatchSchema,
  LetterSchema,
  NoteToSendSchema,
} from '../wellbeing-schemas';
import { z } from '@hono/zod-openapi';

const tags = ['Letters'];
const presentLetter = presenter(LetterSchema);

function registerList(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/letters',
      tags,
      summary: 'Your private letters, newest first, with the writing rhythm and prompts',
      request: { query: LetterListQuerySchema },
      responses: { 200: jsonResponse(LetterListSchema, 'The letters') },
    }),
    async (c) => {
      const list = await listLetters(c.var.deps, c.req.valid('query'));
      return c.json(
        { ...list, items: list.items.map(presentLetter), prompts: [...list.prompts] },
        200,
      );
    },
  );
}

function registerFresh(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/letters/fresh-rejections',
      tags,
      summary: 'Rejections of the last week, for the offer to write it out (no letter text)',
      responses: { 200: jsonResponse(z.array(FreshRejectionSchema), 'Fresh rejections') },
    }),
    async (c) => c.json(await listFreshRejections(c.var.deps), 200),
  );
}

function registerWrite(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/letters',
      tags,
      summary: 'Keep a letter you will not send (private unless you say a coach may know of it)',
      request: { body: jsonBody(LetterInputSchema) },
      responses: {
        201: jsonResponse(LetterSchema, 'The letter'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(presentLetter(await writeLetter(c.var.deps, { input: c.req.valid('json') })), 201),
  );
}

function registerGet(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/letters/{id}',
      tags,
      summary: 'One letter',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(LetterSchema, 'The letter'), ...errorResponses(404) },
    }),
    async (c) => c.json(presentLetter(await getLetter(c.var.deps, c.req.valid('param'))), 200),
  );
}

function registerEdit(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/letters/{id}',
      tags,
      summary: 'Change a letter or who may know it exists',
      request: { params: IdParamSchema, body: jsonBody(LetterPatchSchema) },
      responses: {
        200: jsonResponse(LetterSchema, 'The letter as saved'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        presentLetter(
          await updateLetter(c.var.deps, {
            id: c.req.valid('param').id,
            patch: c.req.valid('json'),
          }),
        ),
        200,
      ),
  );
}

function registerDelete(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/letters/{id}',
      tags,
      summary: 'Delete a letter for good',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteLetter(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}

function registerNoteToSend(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/note-to-send',
      tags,
      summary: 'The note you will send: the plan’s open thank-you or feedback request',
      description:
        'With what you learned (reflection, feedback, wins) as material. Never a letter, never ' +
        'how you felt.',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(NoteToSendSchema, 'The next note'), ...errorResponses(404) },
    }),
    async (c) =>
      c.json(await findNoteToSend(c.var.deps, { applicationId: c.req.valid('param').id }), 200),
  );
}

/** The letters you won't send, and the note you will. */
export function registerLetterRoutes(app: ApiApp) {
  registerList(app);
  registerFresh(app);
  registerWrite(app);
  registerGet(app);
  registerEdit(app);
  registerDelete(app);
  registerNoteToSend(app);
}
