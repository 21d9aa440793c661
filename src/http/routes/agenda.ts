import { createRoute } from '@hono/zod-openapi';
import { getAgenda } from '../../use-cases/agenda';
import {
  getContactKeepInTouch,
  listGoingCold,
  setContactCadence,
  snoozeContactKeepInTouch,
  type ContactKeepInTouch,
  type ContactKeepInTouchDetail,
} from '../../use-cases/keep-in-touch';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  AgendaQuerySchema,
  AgendaSchema,
  CadenceInputSchema,
  ContactKeepInTouchDetailSchema,
  ContactKeepInTouchSchema,
  ContactSnoozeSchema,
  GoingColdQuerySchema,
} from '../recovery-schemas';
import { ContactSchema, IdParamSchema, pageOfSchema } from '../schemas';

const presentContact = presenter(ContactSchema);
const present = ({ contact, status }: ContactKeepInTouch) => ({
  contact: presentContact(contact),
  status,
});
const presentDetail = (detail: ContactKeepInTouchDetail) => ({
  ...present(detail),
  nextStep: detail.nextStep,
});
const GoingColdPageSchema = pageOfSchema(ContactKeepInTouchSchema, 'GoingColdPage');

function registerAgenda(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/agenda',
      tags: ['Today'],
      summary: 'What to do: overdue, today and the days ahead, across applications and contacts',
      description:
        'Plan steps due in the window (and, by default, everything overdue) plus the contacts whose ' +
        'keep-in-touch cadence came due most recently. Days are local days in the user’s time zone.',
      request: { query: AgendaQuerySchema },
      responses: { 200: jsonResponse(AgendaSchema, 'The agenda'), ...errorResponses(400) },
    }),
    async (c) => {
      const { from, to, includeOverdue, limit, keepInTouchLimit } = c.req.valid('query');
      const agenda = await getAgenda(c.var.deps, {
        ...(from !== undefined && { from }),
        ...(to !== undefined && { to }),
        ...(includeOverdue !== undefined && { includeOverdue }),
        limit,
        keepInTouchLimit,
      });
      return c.json(agenda, 200);
    },
  );
}

function registerGoingCold(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/keep-in-touch',
      tags: ['Keep in touch'],
      summary: 'Contacts going cold: keep-in-touch overdue or due soon, the longest overdue first',
      request: { query: GoingColdQuerySchema },
      responses: { 200: jsonResponse(GoingColdPageSchema, 'A page of contacts') },
    }),
    async (c) => {
      const page = await listGoingCold(c.var.deps, c.req.valid('query'));
      return c.json({ items: page.items.map(present), nextOffset: page.nextOffset }, 200);
    },
  );
}

function registerGetCadence(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/contacts/{id}/keep-in-touch',
      tags: ['Keep in touch'],
      summary: 'Where a contact stands on keeping in touch',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(ContactKeepInTouchDetailSchema, 'The contact and their cadence'),
        ...errorResponses(404),
      },
    }),
    async (c) =>
      c.json(
        presentDetail(
          await getContactKeepInTouch(c.var.deps, { contactId: c.req.valid('param').id }),
        ),
        200,
      ),
  );
}

function registerSetCadence(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'put',
      path: '/contacts/{id}/keep-in-touch',
      tags: ['Keep in touch'],
      summary: 'Set a contact’s own cadence: days, "default" (their relationship’s) or "off"',
      request: { params: IdParamSchema, body: jsonBody(CadenceInputSchema) },
      responses: {
        200: jsonResponse(ContactKeepInTouchDetailSchema, 'The contact and their cadence'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        presentDetail(
          await setContactCadence(c.var.deps, {
            contactId: c.req.valid('param').id,
            ...c.req.valid('json'),
          }),
        ),
        200,
      ),
  );
}

function registerSnoozeCadence(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/contacts/{id}/keep-in-touch/snooze',
      tags: ['Keep in touch'],
      summary: 'Put keeping in touch with a contact off to a day (null ends the snooze)',
      request: { params: IdParamSchema, body: jsonBody(ContactSnoozeSchema) },
      responses: {
        200: jsonResponse(ContactKeepInTouchDetailSchema, 'The contact and their cadence'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        presentDetail(
          await snoozeContactKeepInTouch(c.var.deps, {
            contactId: c.req.valid('param').id,
            until: c.req.valid('json').until,
          }),
        ),
        200,
      ),
  );
}

/** The Today agenda and keep-in-touch cadences. */
export function registerAgendaRoutes(app: ApiApp) {
  registerAgenda(app);
  registerGoingCold(app);
  registerGetCadence(app);
  registerSetCadence(app);
  registerSnoozeCadence(app);
}
