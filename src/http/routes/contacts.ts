import { createRoute } from '@hono/zod-openapi';
import {
  createContact,
  deleteContact,
  getContactDetail,
  listContacts,
  updateContact,
} from '../../use-cases/contacts';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  ContactDetailSchema,
  ContactInputSchema,
  ContactListQuerySchema,
  ContactPatchSchema,
  ContactSchema,
  ContactWithLinksSchema,
  IdParamSchema,
  pageOfSchema,
} from '../schemas';

const tags = ['Contacts'];
const presentContact = presenter(ContactSchema);
const ContactPageSchema = pageOfSchema(ContactSchema, 'ContactPage');

export function registerContactRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/contacts',
      tags,
      summary: 'List contacts, most recently in touch first (or by name)',
      request: { query: ContactListQuerySchema },
      responses: {
        200: jsonResponse(ContactPageSchema, 'A page of contacts'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { search, relationship, applicationId, sort, limit, offset } = c.req.valid('query');
      const page = await listContacts(c.var.deps, {
        ...(search !== undefined && { search }),
        ...(relationship !== undefined && { relationship }),
        ...(applicationId !== undefined && { applicationId }),
        sort,
        limit,
        offset,
      });
      return c.json({ items: page.items.map(presentContact), nextOffset: page.nextOffset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/contacts',
      tags,
      summary: 'Add a contact, optionally linked to applications',
      request: { body: jsonBody(ContactInputSchema) },
      responses: {
        201: jsonResponse(ContactWithLinksSchema, 'The new contact'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const contact = await createContact(c.var.deps, c.req.valid('json'));
      return c.json({ ...presentContact(contact), applicationIds: contact.applicationIds }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/contacts/{id}',
      tags,
      summary: 'One contact with their applications, interviews and recent interactions',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(ContactDetailSchema, 'The contact'), ...errorResponses(404) },
    }),
    async (c) => {
      const detail = await getContactDetail(c.var.deps, c.req.valid('param'));
      return c.json({ ...detail, contact: presentContact(detail.contact) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/contacts/{id}',
      tags,
      summary: 'Change fields of a contact (null clears a field)',
      request: { params: IdParamSchema, body: jsonBody(ContactPatchSchema) },
      responses: {
        200: jsonResponse(ContactSchema, 'The updated contact'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const contact = await updateContact(c.var.deps, {
        id: c.req.valid('param').id,
        patch: c.req.valid('json'),
      });
      return c.json(presentContact(contact), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/contacts/{id}',
      tags,
      summary: 'Delete a contact and their interactions (messages to them stay)',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteContact(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}
