/**
 * The API's paths, requests and responses, generated from its OpenAPI document by
 * `npm run api:types` (scripts/api-types.ts). Do not edit by hand: change the route and
 * regenerate. A test fails when this file no longer matches the routes.
 */
export interface paths {
  '/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List applications, most recently updated first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number | null;
          /** @description Text in the company or role */
          search?: string;
          /** @description One stage or several separated by commas */
          stage?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of applications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApplicationPage'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add an application */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApplicationInput'];
        };
      };
      responses: {
        /** @description The new application */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One application with its history, interviews, people, plan and timeline */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The application */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApplicationDetail'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete an application and its history (messages and interactions stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change fields of an application (null clears a field) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ApplicationPatch'];
        };
      };
      responses: {
        /** @description The updated application */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/applications/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Link a contact to an application */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LinkContact'];
        };
      };
      responses: {
        /** @description Linked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Unlink a contact from an application */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          contactId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Unlinked */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application's interviews, oldest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The interviews */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interview'][];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Log an interview and the people met */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InterviewInput'];
        };
      };
      responses: {
        /** @description The new interview */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interview'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/stage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an application to a stage, recorded in its dated history */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['StageChange'];
        };
      };
      responses: {
        /** @description The application and the recorded stage change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              application: components['schemas']['Application'];
              event: components['schemas']['StageEvent'];
            };
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List contacts, most recently in touch first (or by name) */
    get: {
      parameters: {
        query?: {
          applicationId?: string;
          limit?: number;
          offset?: number | null;
          relationship?:
            | 'recruiter'
            | 'hiring_manager'
            | 'interviewer'
            | 'referrer'
            | 'peer'
            | 'mentor'
            | 'other';
          /** @description Text in the name or company */
          search?: string;
          sort?: 'last_interaction' | 'name';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of contacts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactPage'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Add a contact, optionally linked to applications */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ContactInput'];
        };
      };
      responses: {
        /** @description The new contact */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactWithLinks'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact with their applications, interviews and recent interactions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The contact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactDetail'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a contact and their interactions (messages to them stay) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change fields of a contact (null clears a field) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ContactPatch'];
        };
      };
      responses: {
        /** @description The updated contact */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Contact'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fill the workspace with an invented job search to explore Rebound with */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DemoRequest'];
        };
      };
      responses: {
        /** @description What the sample holds */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DemoReport'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The whole workspace as one JSON document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The workspace document */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WorkspaceDocument'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness check */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The server is up */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Load a workspace document in one transaction: all of it or nothing */
    post: {
      parameters: {
        query?: {
          /** @description `empty` refuses a workspace that has data; `replace` overwrites it; `merge` adds records with new ids. */
          mode?: 'empty' | 'replace' | 'merge';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': unknown;
        };
      };
      responses: {
        /** @description What was created and skipped */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImportReport'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request body is too large */
        413: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List interactions, newest first, optionally for one contact or application */
    get: {
      parameters: {
        query?: {
          applicationId?: string;
          contactId?: string;
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of interactions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InteractionPage'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Log a touchpoint with a contact */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InteractionInput'];
        };
      };
      responses: {
        /** @description The logged interaction */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interaction'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interactions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an interaction */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/interviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an interview */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Change an interview */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InterviewPatch'];
        };
      };
      responses: {
        /** @description The updated interview */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Interview'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List messages, most recently changed first */
    get: {
      parameters: {
        query?: {
          applicationId?: string;
          contactId?: string;
          kind?:
            | 'feedback_request'
            | 'thank_you'
            | 'keep_in_touch'
            | 'linkedin_note'
            | 'follow_up'
            | 'other';
          limit?: number;
          offset?: number | null;
          status?: 'draft' | 'sent' | 'replied';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of messages */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MessagePage'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    /** Save a draft message */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MessageInput'];
        };
      };
      responses: {
        /** @description The draft */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Message'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The message */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Message'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a message */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    /** Edit a draft */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MessagePatch'];
        };
      };
      responses: {
        /** @description The draft */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Message'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    trace?: never;
  };
  '/messages/{id}/replied': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record that the recipient replied */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The message */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Message'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/messages/{id}/sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a draft as sent: logs the interaction and completes the plan step it fulfils */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MarkSent'];
        };
      };
      responses: {
        /** @description The sent message, the logged interaction and the completed step */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarkSentResult'];
          };
        };
        /** @description The input is not valid; `error.field` names what to fix */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description No record with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Application: {
      company: string;
      createdAt: string;
      id: string;
      link: string | null;
      location: string | null;
      notes: string | null;
      postingText: string | null;
      role: string;
      salaryCurrency: string | null;
      salaryMax: number | null;
      salaryMin: number | null;
      source: string | null;
      /** @enum {string} */
      stage:
        | 'saved'
        | 'applied'
        | 'screen'
        | 'interview'
        | 'final'
        | 'offer'
        | 'rejected'
        | 'withdrawn'
        | 'ghosted';
      stageChangedAt: string;
      updatedAt: string;
    };
    ApplicationDetail: {
      application: components['schemas']['Application'];
      contacts: components['schemas']['Contact'][];
      interactions: components['schemas']['Interaction'][];
      interviews: components['schemas']['Interview'][];
      messages: components['schemas']['Message'][];
      rejection: components['schemas']['Rejection'];
      stageHistory: components['schemas']['StageEvent'][];
      tasks: components['schemas']['Task'][];
      timeline: components['schemas']['TimelineEntry'][];
    };
    ApplicationInput: {
      company: string;
      link?: string | '' | null;
      location?: string | null;
      notes?: string | null;
      postingText?: string | null;
      role: string;
      salaryCurrency?: string | null;
      salaryMax?: number | null;
      salaryMin?: number | null;
      source?: string | null;
      /**
       * @default applied
       * @enum {string}
       */
      stage?:
        | 'saved'
        | 'applied'
        | 'screen'
        | 'interview'
        | 'final'
        | 'offer'
        | 'rejected'
        | 'withdrawn'
        | 'ghosted';
      stageAt?: string;
    };
    ApplicationPage: {
      items: components['schemas']['Application'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    ApplicationPatch: {
      company?: string;
      link?: string | '' | null;
      location?: string | null;
      notes?: string | null;
      postingText?: string | null;
      role?: string;
      salaryCurrency?: string | null;
      salaryMax?: number | null;
      salaryMin?: number | null;
      source?: string | null;
    };
    Contact: {
      company: string | null;
      createdAt: string;
      email: string | null;
      howMet: string | null;
      id: string;
      lastInteractionAt: string | null;
      linkedinUrl: string | null;
      name: string;
      notes: string | null;
      phone: string | null;
      /** @enum {string} */
      relationship:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
      tags: string[];
      title: string | null;
      updatedAt: string;
    };
    ContactDetail: {
      applicationIds: string[];
      contact: components['schemas']['Contact'];
      interactions: components['schemas']['Interaction'][];
      interviews: components['schemas']['Interview'][];
    };
    ContactInput: {
      /** @default [] */
      applicationIds?: string[];
      company?: string | null;
      email?: string | '' | null;
      howMet?: string | null;
      linkedinUrl?: string | '' | null;
      name: string;
      notes?: string | null;
      phone?: string | null;
      /**
       * @default other
       * @enum {string}
       */
      relationship?:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
      /** @default [] */
      tags?: string[];
      title?: string | null;
    };
    ContactPage: {
      items: components['schemas']['Contact'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    ContactPatch: {
      company?: string | null;
      email?: string | '' | null;
      howMet?: string | null;
      linkedinUrl?: string | '' | null;
      name?: string;
      notes?: string | null;
      phone?: string | null;
      /** @enum {string} */
      relationship?:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
      tags?: string[];
      title?: string | null;
    };
    ContactWithLinks: components['schemas']['Contact'] & {
      applicationIds: string[];
    };
    DemoReport: {
      applications: number;
      contacts: number;
      interactions: number;
      interviews: number;
      rejections: number;
    };
    DemoRequest: {
      /**
       * @description Replace whatever the workspace holds; otherwise it must be empty.
       * @default false
       */
      replace?: boolean;
    };
    Error: {
      error: {
        /** @example validation */
        code: string;
        /** @example company */
        field?: string;
        /** @example company: is required */
        message: string;
      };
    };
    ImportReport: {
      created: {
        [key: string]: number;
      };
      /** @enum {string} */
      mode: 'empty' | 'replace' | 'merge';
      skipped: {
        [key: string]: number;
      };
    };
    Interaction: {
      applicationId: string | null;
      /** @enum {string} */
      channel:
        | 'email'
        | 'linkedin'
        | 'call'
        | 'video'
        | 'meeting'
        | 'message'
        | 'article'
        | 'event'
        | 'other';
      contactId: string;
      createdAt: string;
      /** @enum {string} */
      direction: 'outbound' | 'inbound';
      id: string;
      messageId: string | null;
      occurredAt: string;
      summary: string | null;
    };
    InteractionInput: {
      applicationId?: string | null;
      /** @enum {string} */
      channel:
        | 'email'
        | 'linkedin'
        | 'call'
        | 'video'
        | 'meeting'
        | 'message'
        | 'article'
        | 'event'
        | 'other';
      contactId: string;
      /**
       * @default outbound
       * @enum {string}
       */
      direction?: 'outbound' | 'inbound';
      messageId?: string | null;
      occurredAt?: string;
      summary?: string | null;
    };
    InteractionPage: {
      items: components['schemas']['Interaction'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    Interview: {
      applicationId: string;
      contactIds: string[];
      createdAt: string;
      durationMinutes: number | null;
      /** @enum {string} */
      format: 'phone' | 'video' | 'onsite' | 'take_home' | 'panel' | 'technical' | 'other';
      id: string;
      notes: string | null;
      questions: string[];
      round: number;
      scheduledAt: string;
      topics: string[];
      updatedAt: string;
    };
    InterviewInput: {
      /** @default [] */
      contactIds?: string[];
      durationMinutes?: number | null;
      /**
       * @default video
       * @enum {string}
       */
      format?: 'phone' | 'video' | 'onsite' | 'take_home' | 'panel' | 'technical' | 'other';
      notes?: string | null;
      /** @default [] */
      questions?: string[];
      /** @default 1 */
      round?: number;
      scheduledAt: string;
      /** @default [] */
      topics?: string[];
    };
    InterviewPatch: {
      contactIds?: string[];
      durationMinutes?: number | null;
      /** @enum {string} */
      format?: 'phone' | 'video' | 'onsite' | 'take_home' | 'panel' | 'technical' | 'other';
      notes?: string | null;
      questions?: string[];
      round?: number;
      scheduledAt?: string;
      topics?: string[];
    };
    LinkContact: {
      contactId: string;
    };
    MarkSent: {
      sentAt?: string;
      taskId?: string;
    };
    MarkSentResult: {
      interaction: components['schemas']['Interaction'] & (Record<string, never> | null);
      message: components['schemas']['Message'];
      task: components['schemas']['Task'] & (Record<string, never> | null);
    };
    Message: {
      applicationId: string | null;
      body: string;
      /** @enum {string} */
      channel: 'email' | 'linkedin' | 'other';
      contactId: string | null;
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      recipient: string | null;
      sentAt: string | null;
      /** @enum {string} */
      status: 'draft' | 'sent' | 'replied';
      subject: string | null;
      updatedAt: string;
    };
    MessageInput: {
      applicationId?: string | null;
      /** @default  */
      body?: string;
      /**
       * @default email
       * @enum {string}
       */
      channel?: 'email' | 'linkedin' | 'other';
      contactId?: string | null;
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      recipient?: string | null;
      subject?: string | null;
    };
    MessagePage: {
      items: components['schemas']['Message'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    MessagePatch: {
      body?: string;
      /** @enum {string} */
      channel?: 'email' | 'linkedin' | 'other';
      contactId?: string | null;
      /** @enum {string} */
      kind?:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      recipient?: string | null;
      subject?: string | null;
    };
    Rejection: {
      applicationId: string;
      /** @enum {string} */
      channel: 'email' | 'phone' | 'video' | 'in_person' | 'portal' | 'automated' | 'other';
      contactId: string | null;
      createdAt: string;
      feedback: string | null;
      feedbackReceivedOn: string | null;
      humanContact: boolean;
      id: string;
      reason: string | null;
      reflection: {
        [key: string]: unknown;
      } | null;
      rejectedOn: string;
      /** @enum {string} */
      stageReached:
        | 'saved'
        | 'applied'
        | 'screen'
        | 'interview'
        | 'final'
        | 'offer'
        | 'rejected'
        | 'withdrawn'
        | 'ghosted';
      updatedAt: string;
    } | null;
    StageChange: {
      at?: string;
      note?: string | null;
      /** @enum {string} */
      stage:
        | 'saved'
        | 'applied'
        | 'screen'
        | 'interview'
        | 'final'
        | 'offer'
        | 'rejected'
        | 'withdrawn'
        | 'ghosted';
    };
    StageEvent: {
      applicationId: string;
      at: string;
      id: string;
      note: string | null;
      /** @enum {string} */
      stage:
        | 'saved'
        | 'applied'
        | 'screen'
        | 'interview'
        | 'final'
        | 'offer'
        | 'rejected'
        | 'withdrawn'
        | 'ghosted';
    };
    Task: {
      applicationId: string | null;
      contactId: string | null;
      createdAt: string;
      doneAt: string | null;
      dueAt: string;
      id: string;
      interactionId: string | null;
      /** @enum {string} */
      kind:
        | 'reflect'
        | 'thank_you'
        | 'feedback_request'
        | 'linkedin_note'
        | 'keep_in_touch'
        | 'silver_medalist'
        | 'reapply'
        | 'follow_up'
        | 'custom';
      messageId: string | null;
      reason: string;
      snoozedUntil: string | null;
      /** @enum {string} */
      status: 'open' | 'done' | 'skipped';
      updatedAt: string;
    };
    TimelineEntry: {
      at: string;
      /** @enum {string} */
      kind: 'stage' | 'interview' | 'interaction' | 'rejection' | 'message';
      refId: string;
      summary: string;
    };
    WorkspaceDocument: {
      /** @default [] */
      applicationContacts?: {
        applicationId: string;
        contactId: string;
      }[];
      /** @default [] */
      applications?: {
        company: string;
        createdAt: string;
        id: string;
        link: string | null;
        location: string | null;
        notes: string | null;
        postingText: string | null;
        role: string;
        salaryCurrency: string | null;
        salaryMax: number | null;
        salaryMin: number | null;
        source: string | null;
        /** @enum {string} */
        stage:
          | 'saved'
          | 'applied'
          | 'screen'
          | 'interview'
          | 'final'
          | 'offer'
          | 'rejected'
          | 'withdrawn'
          | 'ghosted';
        stageChangedAt: string;
        updatedAt: string;
      }[];
      /** @default [] */
      contacts?: {
        company: string | null;
        createdAt: string;
        email: string | null;
        howMet: string | null;
        id: string;
        lastInteractionAt: string | null;
        linkedinUrl: string | null;
        name: string;
        notes: string | null;
        phone: string | null;
        /** @enum {string} */
        relationship:
          'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
        tags: string[];
        title: string | null;
        updatedAt: string;
      }[];
      exportedAt: string;
      /** @enum {string} */
      format: 'rebound-workspace';
      /** @default [] */
      interactions?: {
        applicationId: string | null;
        /** @enum {string} */
        channel:
          | 'email'
          | 'linkedin'
          | 'call'
          | 'video'
          | 'meeting'
          | 'message'
          | 'article'
          | 'event'
          | 'other';
        contactId: string;
        createdAt: string;
        /** @enum {string} */
        direction: 'outbound' | 'inbound';
        id: string;
        messageId: string | null;
        occurredAt: string;
        summary: string | null;
      }[];
      /** @default [] */
      interviews?: {
        applicationId: string;
        contactIds: string[];
        createdAt: string;
        durationMinutes: number | null;
        /** @enum {string} */
        format: 'phone' | 'video' | 'onsite' | 'take_home' | 'panel' | 'technical' | 'other';
        id: string;
        notes: string | null;
        questions: string[];
        round: number;
        scheduledAt: string;
        topics: string[];
        updatedAt: string;
      }[];
      /** @default [] */
      messages?: {
        applicationId: string | null;
        body: string;
        /** @enum {string} */
        channel: 'email' | 'linkedin' | 'other';
        contactId: string | null;
        createdAt: string;
        id: string;
        /** @enum {string} */
        kind:
          | 'feedback_request'
          | 'thank_you'
          | 'keep_in_touch'
          | 'linkedin_note'
          | 'follow_up'
          | 'other';
        recipient: string | null;
        sentAt: string | null;
        /** @enum {string} */
        status: 'draft' | 'sent' | 'replied';
        subject: string | null;
        updatedAt: string;
      }[];
      /** @default [] */
      rejections?: {
        applicationId: string;
        /** @enum {string} */
        channel: 'email' | 'phone' | 'video' | 'in_person' | 'portal' | 'automated' | 'other';
        contactId: string | null;
        createdAt: string;
        feedback: string | null;
        feedbackReceivedOn: string | null;
        humanContact: boolean;
        id: string;
        reason: string | null;
        reflection: {
          [key: string]: unknown;
        } | null;
        rejectedOn: string;
        /** @enum {string} */
        stageReached:
          | 'saved'
          | 'applied'
          | 'screen'
          | 'interview'
          | 'final'
          | 'offer'
          | 'rejected'
          | 'withdrawn'
          | 'ghosted';
        updatedAt: string;
      }[];
      /** @default [] */
      stageEvents?: {
        applicationId: string;
        at: string;
        id: string;
        note: string | null;
        /** @enum {string} */
        stage:
          | 'saved'
          | 'applied'
          | 'screen'
          | 'interview'
          | 'final'
          | 'offer'
          | 'rejected'
          | 'withdrawn'
          | 'ghosted';
      }[];
      /** @default [] */
      tasks?: {
        applicationId: string | null;
        contactId: string | null;
        createdAt: string;
        doneAt: string | null;
        dueAt: string;
        id: string;
        interactionId: string | null;
        /** @enum {string} */
        kind:
          | 'reflect'
          | 'thank_you'
          | 'feedback_request'
          | 'linkedin_note'
          | 'keep_in_touch'
          | 'silver_medalist'
          | 'reapply'
          | 'follow_up'
          | 'custom';
        messageId: string | null;
        reason: string;
        snoozedUntil: string | null;
        /** @enum {string} */
        status: 'open' | 'done' | 'skipped';
        updatedAt: string;
      }[];
      /** @enum {number} */
      version: 1;
      workspace: {
        name: string;
        settings: {
          [key: string]: unknown;
        };
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
