/**
 * The API's paths, requests and responses, generated from its OpenAPI document by
 * `npm run api:types` (scripts/api-types.ts). Do not edit by hand: change the route and
 * regenerate. A test fails when this file no longer matches the routes.
 */
export interface paths {
  '/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every read your coach made of your workspace, newest first (the latest 500) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The reads */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AccessLog'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What to do: overdue, today and the days ahead, across applications and contacts
     * @description Plan steps due in the window (and, by default, everything overdue) plus the contacts whose keep-in-touch cadence came due most recently. Days are local days in the user’s time zone.
     */
    get: {
      parameters: {
        query?: {
          /** @description First local day (default today) */
          from?: string;
          /** @description Default: when `from` is not after today */
          includeOverdue?: 'true' | 'false';
          keepInTouchLimit?: number | null;
          limit?: number | null;
          /** @description Last local day (default a week from `from`) */
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The agenda */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Agenda'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
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
  '/applications/{id}/coach-context': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Everything the coach needs for a message about this application
     * @description The company and role, the person (by default the one who delivered the rejection, or the one met most), what was discussed, the other companies applied to, the messages already sent (without `messageId` itself), the day the rejection came and how it landed; the composer checks with it as the user types.
     */
    get: {
      parameters: {
        query: {
          contactId?: string;
          kind:
            | 'feedback_request'
            | 'thank_you'
            | 'keep_in_touch'
            | 'linkedin_note'
            | 'follow_up'
            | 'other';
          linkedinPlan?: 'free' | 'paid';
          /** @description The message being written: left out of the earlier messages it is compared with */
          messageId?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The coach context */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AssembledCoachContext'];
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
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
  '/applications/{id}/federal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An application’s federal details and similar announcements saved */
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
        /** @description The details */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalApplication'];
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
    delete?: never;
    options?: never;
    head?: never;
    /** Change federal details: documents attached, essays, dates, pay plan–series–grade */
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
          'application/json': components['schemas']['FederalDetailsPatch'];
        };
      };
      responses: {
        /** @description The details */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalApplication'];
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
  '/applications/{id}/federal/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the status USAJOBS shows; "not referred" and "not selected" start the federal recovery */
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
          'application/json': components['schemas']['UsajobsStatusChange'];
        };
      };
      responses: {
        /** @description The details */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalApplication'];
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
  '/applications/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record feedback received after the rejection */
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
          'application/json': components['schemas']['FeedbackInput'];
        };
      };
      responses: {
        /** @description The plan, with the feedback */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
  '/applications/{id}/note-to-send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The note you will send: the plan’s open thank-you or feedback request
     * @description With what you learned (reflection, feedback, wins) as material. Never a letter, never how you felt.
     */
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
        /** @description The next note */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['NoteToSend'];
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/applications/{id}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The recovery plan: the rejection, who to write to and every dated step */
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
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
    /** Re-plan the open steps (after adding the people you met, say) */
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
        /** @description The plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
  '/applications/{id}/reflection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reflection after an application’s rejection; a coach reads it only when you share it */
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
        /** @description The reflection */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ApplicationReflection'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    /**
     * Replace the guided reflection (fields left out are emptied)
     * @description Missing skills are stored as normalized tags ("k8s" and "Kubernetes" meet). A raw feeling (upset, angry) holds the writing steps back a day.
     */
    put: {
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
          'application/json': components['schemas']['ReflectionInput'];
        };
      };
      responses: {
        /** @description The plan, with the saved reflection */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change some fields of the guided reflection (null clears one)
     * @description Missing skills are stored as normalized tags ("k8s" and "Kubernetes" meet). A raw feeling (upset, angry) holds the writing steps back a day.
     */
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
          'application/json': components['schemas']['ReflectionInput'];
        };
      };
      responses: {
        /** @description The plan, with the saved reflection */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
  '/applications/{id}/rejection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a rejection (or correct it) and start the recovery plan
     * @description Moves the application to `rejected` in its stage history and makes the dated plan, in one transaction. Posting again corrects the record: fields left out keep their value, finished steps stay, open ones move.
     */
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
          'application/json': components['schemas']['RejectionInput'];
        };
      };
      responses: {
        /** @description Corrected, with the updated plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecordedRejection'];
          };
        };
        /** @description Recorded, with the new plan */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecordedRejection'];
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
    /**
     * Take a rejection back: the application returns to the stage it had reached
     * @description Open plan steps are removed; finished ones stay as history. A rejection with a reflection or feedback is only deleted with `force=true`.
     */
    delete: {
      parameters: {
        query?: {
          /** @description Also delete the reflection and feedback */
          force?: 'true' | 'false';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The application, back in its stage */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Application'];
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
    options?: never;
    head?: never;
    /** Correct some facts of a recorded rejection; open steps are re-planned */
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
          'application/json': components['schemas']['RejectionPatch'];
        };
      };
      responses: {
        /** @description The updated plan */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RecoveryPlan'];
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
  '/articles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stored articles, newest first, with full-text search */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number | null;
          /** @description Words in the title, summary or site (stemmed; a word may be cut short) */
          search?: string;
          sourceId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of articles */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArticlePage'];
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
    /** Save one article by its address (title, description, site and date from its page) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SaveArticleInput'];
        };
      };
      responses: {
        /** @description Already saved: the stored article */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SaveArticleResult'];
          };
        };
        /** @description Saved */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SaveArticleResult'];
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
  '/articles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Forget an article, and the record of whom it was sent to */
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
  '/articles/{id}/share': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Share an article: a draft with the link and room for your own line
     * @description Starts a keep-in-touch draft (or, with `messageId`, adds the article to that draft). Sending the message or marking it sent records the article as sent to the person.
     */
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
          'application/json': components['schemas']['ShareArticleInput'];
        };
      };
      responses: {
        /** @description The draft and the share */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ShareArticleResult'];
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
  '/articles/sent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The articles sent to a person, newest first */
    get: {
      parameters: {
        query: {
          contactId: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What was sent */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SentArticleList'];
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/articles/suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The articles most worth sending to a person, each with the reason in words
     * @description Ranked by relevance (their company, a topic from your interviews with them, a tag you gave them, their field) times freshness; never one already sent to them.
     */
    get: {
      parameters: {
        query?: {
          /** @description The application, for a step with no person or to add its context */
          applicationId?: string;
          /** @description The person to write to */
          contactId?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The suggestions, best first */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SuggestionList'];
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
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/backups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The backups in the data folder, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The backups */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Backup'][];
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
    put?: never;
    /** Back up the database now (SQLite's online backup; safe while in use) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The new backup */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Backup'];
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
  '/backups/{name}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a backup from the backups folder, after checking it and backing up the current database */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          name: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Restored */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RestoreResult'];
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
  '/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The address to subscribe to in a calendar app
     * @description The feed lists every open step and upcoming keep-in-touch date. Its address holds a secret: anyone with it can read the feed, so rotate it if it leaks.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The feed address */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarFeedLink'];
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
  '/calendar-feed/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the feed address; calendars on the old one stop updating */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The new feed address */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CalendarFeedLink'];
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
  '/coach': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a message in its context
     * @description Returns findings (rule, category, severity, character span, explanation, suggestion), scores and counts, with the workspace’s timing settings. When `context.rejectedAt` is given without `context.sentAt`, the message is taken as sent now.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CoachInput'];
        };
      };
      responses: {
        /** @description What the coach found */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CoachResult'];
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
  '/coach-drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which of your draft messages a coach wrote for you, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The drafts */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CoachDrafts'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    /** Write a draft message for a seeker in your caseload to review; only the seeker can send it */
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
        /** @description The draft, now among the seeker’s messages */
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
  '/coach-notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notes and suggestions from coaches, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The notes */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['CoachNote'][];
            };
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    /** Leave a note or suggestion for a seeker in your caseload (coaches; name the workspace in X-Rebound-Workspace) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CoachNoteInput'];
        };
      };
      responses: {
        /** @description The note, which the seeker now sees */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CoachNote'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
  '/contacts/{id}/keep-in-touch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a contact stands on keeping in touch */
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
        /** @description The contact and their cadence */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactKeepInTouchDetail'];
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
    /** Set a contact’s own cadence: days, "default" (their relationship’s) or "off" */
    put: {
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
          'application/json': components['schemas']['CadenceInput'];
        };
      };
      responses: {
        /** @description The contact and their cadence */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactKeepInTouchDetail'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contacts/{id}/keep-in-touch/snooze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put keeping in touch with a contact off to a day (null ends the snooze) */
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
          'application/json': components['schemas']['ContactSnooze'];
        };
      };
      responses: {
        /** @description The contact and their cadence */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ContactKeepInTouchDetail'];
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
  '/demo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How much of the workspace is the invented sample search */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Counts of sample records; zeros when none */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SampleData'];
          };
        };
      };
    };
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
    /**
     * Remove the sample search and what was recorded about it, keeping your own records
     * @description One transaction. Your own applications and people stay; their links to sample records are dropped. Removing again removes nothing.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What was removed */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SampleRemoval'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A starting draft built from the application’s own data
     * @description Names the person, recalls one thing that was discussed and leaves `[[Your words: …]]` room for the user; signed with the name in the settings. The draft passes the coach, advice included, except for that room.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DraftRequest'];
        };
      };
      responses: {
        /** @description The draft, with the context it was checked in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Draft'];
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
  '/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The whole workspace as one JSON document
     * @description Your private letters are left out unless you ask for them with `includeLetters=true`.
     */
    get: {
      parameters: {
        query?: {
          /** @description Include your private letters (left out by default) */
          includeLetters?: 'true' | 'false';
        };
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/export/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every application with its stage history as CSV (UTF-8 with a BOM, for spreadsheets) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The .csv file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/csv': string;
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
  '/export/vcard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every contact as one vCard 4.0 file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The .vcf file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/vcard': string;
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
  '/federal/announcements/parse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read an announcement (Search API JSON, saved page or pasted text) without saving it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FederalAnnouncementText'];
        };
      };
      responses: {
        /** @description What was read */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalAnnouncement'];
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
  '/federal/applications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every federal application, latest closing date first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The federal applications */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalDetails'][];
          };
        };
      };
    };
    put?: never;
    /**
     * Add a federal application from an announcement’s text, or from its details
     * @description The application starts saved (not yet sent), with steps before the closing date.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FederalApplicationCreate'];
        };
      };
      responses: {
        /** @description The application */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalApplication'];
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
  '/federal/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a résumé file (PDF, Word or text, as base64) under the USAJOBS rules
     * @description Against `announcement` (its text) or the stored announcement of `applicationId` when given. Findings carry the rule id, severity (error, warning, advice), the line and page, an explanation and the source.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FederalResumeCheckRequest'];
        };
      };
      responses: {
        /** @description The findings and the text as read */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalResumeCheckReport'];
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
  '/federal/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your experience for the résumé builder (null before you save it) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalProfile'];
          };
        };
      };
    };
    /** Save your experience for the résumé builder */
    put: {
      parameters: {
        query?: never;
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
        /** @description The saved profile */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalProfile'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/federal/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Build a two-page federal résumé (PDF or Word, as base64) tailored to an application */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FederalResumeBuildRequest'];
        };
      };
      responses: {
        /** @description The file, its pages, what was left out and its own check */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FederalBuiltResume'];
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
  '/feeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sources you follow, with their last refresh and any error */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every source, by title */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FeedSourceList'];
          };
        };
      };
    };
    put?: never;
    /**
     * Follow a feed: its address, or a page that links to it
     * @description RSS 2.0, Atom and JSON Feed; a page is searched for `<link rel="alternate">`. An address with no feed, a malformed feed, a timeout, a redirect loop or a huge answer is refused with a message naming the address.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AddSourceInput'];
        };
      };
      responses: {
        /** @description The source and how many articles it brought */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AddSourceResult'];
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
  '/feeds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Stop following a source; its articles go, except those shared with someone */
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
        /** @description What happened to its articles */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RemoveSourceResult'];
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/opml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every source as an OPML file, for another feed reader */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The .opml file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/x-opml': string;
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
  '/feeds/opml/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Follow the feeds of an OPML file (a feed reader’s export)
     * @description Refused, naming the outline, when one cannot be used, unless `partial` is true. New sources are fetched by the next refresh.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['OpmlImportInput'];
        };
      };
      responses: {
        /** @description What was added, skipped and refused */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OpmlImportReport'];
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
  '/feeds/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refresh sources now (all, or those named): each one’s outcome
     * @description Conditional requests (ETag, Last-Modified). A source that fails is named with what went wrong and backed off; the others still refresh.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['RefreshSourcesInput'];
        };
      };
      responses: {
        /** @description One outcome per source */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RefreshResult'];
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
  '/import/csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import applications with their stage history from a CSV, with an optional column mapping */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CsvImportRequest'];
        };
      };
      responses: {
        /** @description What happened to each row */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CsvImportReport'];
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
  '/import/csv/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Show how an applications CSV would be read: headers, proposed column mapping, dry-run report */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['CsvPreviewRequest'];
        };
      };
      responses: {
        /** @description The preview; nothing is written */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CsvPreview'];
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
  '/import/linkedin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import LinkedIn's Connections.csv into contacts
     * @description New people are added; people already in Rebound get only what they were missing. One transaction: a bad row refuses the whole file unless `partial` is set.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FileImportRequest'];
        };
      };
      responses: {
        /** @description What happened to each row */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FileImportReport'];
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
  '/import/vcard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a .vcf file of vCards (3.0 or 4.0) into contacts
     * @description New people are added; people already in Rebound get only what they were missing. One transaction: a bad row refuses the whole file unless `partial` is set.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['FileImportRequest'];
        };
      };
      responses: {
        /** @description What happened to each row */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FileImportReport'];
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
  '/inbox/imap': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The IMAP account (never the password) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImapSettingsView'];
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
    /** Save the IMAP account (leave the password out to keep the saved one) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['ImapSettingsInput'];
        };
      };
      responses: {
        /** @description Saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImapSettingsView'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/imap/sync': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fetch and read what is new in the chosen folders now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What was read */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ImapSyncResult'];
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
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
  '/inbox/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Read uploaded .eml or .mbox files */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InboxImport'];
        };
      };
      responses: {
        /** @description What each message means */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              messages: components['schemas']['IngestedMessage'][];
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
  '/inbox/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages Rebound read, newest first (default: waiting for review) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number | null;
          status?: 'review' | 'applied' | 'dismissed' | 'none' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: components['schemas']['InboxMessage'][];
              nextOffset: number | null;
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
  '/inbox/messages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One message with its proposal */
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
            'application/json': components['schemas']['InboxMessage'];
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inbox/messages/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept the proposal, optionally with another kind, employer, role or application */
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
          'application/json': components['schemas']['InboxDecision'];
        };
      };
      responses: {
        /** @description Applied */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InboxMessage'];
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
  '/inbox/messages/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Leave the message as it is; nothing changes */
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
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InboxMessage'];
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
  '/inbox/messages/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Take back an applied message, or bring a dismissed one back */
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
        /** @description Done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InboxMessage'];
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
  '/inbox/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether confident matches apply by themselves, and whether whole bodies are kept */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InboxSettings'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the inbox settings */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InboxSettingsInput'];
        };
      };
      responses: {
        /** @description The settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['InboxSettings'];
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
    trace?: never;
  };
  '/insights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What the rejections add up to: funnel, recurring themes, follow-through, lessons
     * @description The funnel from each application’s stage history (overall, by month started and by source); recurring themes from reflections and feedback, ranked by a recency-weighted count; follow-through after rejections, including re-engagements that led to a new interview; practice progress; and the lessons drawn from all of it, encouragement first.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Every insight */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Insights'];
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
  '/keep-in-touch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts going cold: keep-in-touch overdue or due soon, the longest overdue first */
    get: {
      parameters: {
        query?: {
          limit?: number | null;
          offset?: number | null;
          /** @description Include those due within this many days */
          withinDays?: number | null;
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
            'application/json': components['schemas']['GoingColdPage'];
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
  '/letters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your private letters, newest first, with the writing rhythm and prompts */
    get: {
      parameters: {
        query?: {
          /** @description Only letters about it */
          applicationId?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The letters */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LetterList'];
          };
        };
      };
    };
    put?: never;
    /** Keep a letter you will not send (private unless you say a coach may know of it) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['LetterInput'];
        };
      };
      responses: {
        /** @description The letter */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Letter'];
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
  '/letters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One letter */
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
        /** @description The letter */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Letter'];
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
    /** Delete a letter for good */
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
    /** Change a letter or who may know it exists */
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
          'application/json': components['schemas']['LetterPatch'];
        };
      };
      responses: {
        /** @description The letter as saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Letter'];
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
  '/letters/fresh-rejections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Rejections of the last week, for the offer to write it out (no letter text) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Fresh rejections */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['FreshRejection'][];
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
  '/mail/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The SMTP account email is sent through (never the password) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings and where they come from */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SmtpSettings'];
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
    /**
     * Save the SMTP account (leave the password out to keep the saved one)
     * @description Saved in the data folder in a file only its owner can read. Refused while the environment (REBOUND_SMTP_…) provides the settings. In a team installation, saved as the workspace’s own account with the password encrypted, and refused for a server on a private or local network.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SmtpSettingsInput'];
        };
      };
      responses: {
        /** @description The saved settings */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SmtpSettings'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mail/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Test the connection: connect and sign in, and optionally send a test email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['MailTestRequest'];
        };
      };
      responses: {
        /** @description It works */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MailTestResult'];
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
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
          /** @description Only drafts set to go later, or those whose scheduled send failed */
          sendState?: 'scheduled' | 'failed';
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
  '/messages/{id}/eml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The message as an .eml file (RFC 5322) for Thunderbird, Outlook or Apple Mail; drafts open for editing */
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
        /** @description The .eml file */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'message/rfc822': string;
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/messages/{id}/mailto': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A mailto: link that opens the user's mail program with the message filled in */
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
        /** @description The link */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Mailto'];
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
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
  '/messages/{id}/schedule': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Set a draft to be sent by email later (by default tomorrow at the reminder time)
     * @description Checked now as a send would be (an email with a text, an address and a subject). The send survives a restart and goes within a minute of its time while Rebound runs (or when it next starts). Until then the draft can be edited, and the send cancelled. A send that fails stays a draft with its error in `sendFailure`.
     */
    put: {
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
          'application/json': components['schemas']['ScheduleSend'];
        };
      };
      responses: {
        /** @description The draft with its scheduled send */
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
    post?: never;
    /** Cancel a scheduled send; the message stays a draft */
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
        /** @description The draft, no longer scheduled */
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/messages/{id}/send': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a draft by email, then record it as sent, log the interaction and complete its plan step
     * @description An email to someone who already got one about the same application answers it (In-Reply-To, References). If sending fails the message stays a draft and the error says why. In a team installation the draft is checked, then sent in the background through the workspace’s own account (202); a send that fails leaves the error in `sendFailure`.
     */
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
          'application/json': components['schemas']['SendMessage'];
        };
      };
      responses: {
        /** @description The sent message and what the server said */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SendResult'];
          };
        };
        /** @description Checked and on its way (team installations) */
        202: {
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
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
    /**
     * Mark a message not sent after all: a draft again, its logged interaction removed and the step it completed reopened
     * @description For a message marked as sent by mistake. One transaction. Refused for an email Rebound sent itself (it went out) and for a message with a reply.
     */
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
        /** @description The draft again, the reopened steps and the removed interactions */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MarkNotSentResult'];
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/pacing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your weekly rhythm and this week’s progress (no streaks, no past weeks) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description This week */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Pace'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set the rhythm (null turns it off), or pause until a day (null resumes) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PacePatch'];
        };
      };
      responses: {
        /** @description This week, as it now reads */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Pace'];
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
    trace?: never;
  };
  '/practice/cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The practice deck: cards due today (default) or every card, soonest due first */
    get: {
      parameters: {
        query?: {
          /** @description `due`: what to practise today; `all`: the whole deck */
          filter?: 'due' | 'all';
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of cards */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PracticeCardPage'];
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
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/practice/cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One card: its answer, where the question came up, and every practice round */
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
        /** @description The card */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PracticeCardDetail'];
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
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a card: the wording, the improved answer, the STAR parts (null clears one) */
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
          'application/json': components['schemas']['PracticeCardPatch'];
        };
      };
      responses: {
        /** @description The card as saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PracticeCardDetail'];
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
  '/practice/cards/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a practice round with how it went; the card is rescheduled
     * @description Ratings: `again` (lost the thread), `hard`, `good`, `easy`. The schedule is FSRS; `next` on every card says when each rating would bring it back.
     */
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
          'application/json': components['schemas']['PracticeReviewInput'];
        };
      };
      responses: {
        /** @description The card with its new schedule */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PracticeCardDetail'];
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
  '/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The signed-in account */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
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
    /** Sign in with email and password; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SignIn'];
        };
      };
      responses: {
        /** @description Signed in; a new session replaces any the browser had */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Session'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many attempts; `error.message` says when to try again */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Sign out: the session ends on the server and the cookie is cleared */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Signed out */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
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
  '/session/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a new password with the token from a reset link; every session ends */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PasswordReset'];
        };
      };
      responses: {
        /** @description Changed; sign in with it */
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
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/session/reset-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a link to choose a new password, if the address has an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['PasswordResetRequest'];
        };
      };
      responses: {
        /** @description The same answer whether or not the address has an account */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
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
        /** @description The request conflicts with what is stored */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many attempts; `error.message` says when to try again */
        429: {
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
  '/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time zone, reminder time and every timing rule with its reason and sources */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The settings in force */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Settings'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change settings; open plan steps are re-planned, finished ones are not
     * @description Every field is optional; `null` puts a value back to its default.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SettingsPatch'];
        };
      };
      responses: {
        /** @description The settings now in force */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SettingsUpdate'];
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
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One plan step */
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
        /** @description The step */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStep'];
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark a step done, linking the message or interaction that fulfilled it
     * @description With neither `messageId` nor `interactionId`, a step that means writing to someone logs an interaction with them (unless `logInteraction` is false), which restarts their keep-in-touch count.
     */
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
          'application/json': components['schemas']['TaskDone'];
        };
      };
      responses: {
        /** @description The step, done */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStep'];
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
  '/tasks/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a done or skipped step again */
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
        /** @description The step */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStep'];
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
  '/tasks/{id}/skip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Skip a step: it leaves Today and the calendar */
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
        /** @description The step */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PlanStep'];
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
  '/tasks/{id}/snooze': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Put a step off to a day, tomorrow or next week (the coming Monday)
     * @description Snoozing a thank-you past the feedback request or LinkedIn note that follow it moves those too; they are returned in `moved`.
     */
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
          'application/json': components['schemas']['Snooze'];
        };
      };
      responses: {
        /** @description The step and any that moved with it */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SnoozeResult'];
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
  '/team/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Put a seeker in a coach’s caseload (admins only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AssignmentInput'];
        };
      };
      responses: {
        /** @description Assigned */
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
  '/team/caseload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The seekers assigned to the signed-in coach, with this week’s rejections, overdue steps and last activity; read one with the header X-Rebound-Workspace: <workspaceId> */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Seekers by name */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Caseload'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/digest-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** When your daily digest comes, or whether it is off */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Your digest preferences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DigestPreferences'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /** Choose the local hour of your daily digest, or turn digests off or on */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['DigestPreferencesInput'];
        };
      };
      responses: {
        /** @description Your digest preferences */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['DigestPreferences'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/digests/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open a digest’s unsubscribe link: a page that asks first, changing nothing */
    get: {
      parameters: {
        query?: {
          token?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What the link would do */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description Not a link Rebound sent; nothing changed */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
      };
    };
    put?: never;
    /** One-click unsubscribe (RFC 8058): turns the link’s account’s digests off, no session needed */
    post: {
      parameters: {
        query?: {
          token?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Digests are off */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description Not a link Rebound sent; nothing changed */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
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
  '/team/email/verification': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email the signed-in account a link that proves its address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The link is on its way */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
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
        /** @description Too many attempts; `error.message` says when to try again */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
  '/team/email/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prove an email address with the token from a verification link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['VerifyEmail'];
        };
      };
      responses: {
        /** @description The address is proven */
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
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations nobody has used yet, newest first, expired ones too (admins only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Open invitations */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PendingInvitations'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    /** Invite someone as a seeker, coach or admin (admins only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['InvitationInput'];
        };
      };
      responses: {
        /** @description The invitation, valid once */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Invitation'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
  '/team/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Take an invitation back: its link joins no one (admins only) */
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
        /** @description Revoked */
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/invitations/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send an invitation again with a new link, valid for seven days; the old link stops working (admins only) */
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
        /** @description The new invitation, valid once */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ResentInvitation'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
        /** @description The user's mail server refused the email or could not be reached; `error.message` says why */
        502: {
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
  '/team/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join through an invitation: choose a name and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['AcceptInvitation'];
        };
      };
      responses: {
        /** @description The new account; now sign in */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              account: components['schemas']['Account'];
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
  '/team/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this is a team installation, and who is signed in (no session needed) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The mode and the signed-in account, if any */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Me'];
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
  '/team/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everyone in the organisation (admins only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Members by name */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Members'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/members/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove someone from the organisation (admins only): they are signed out everywhere and leave every caseload; a removed seeker may still sign in to export or delete their data, a removed coach or admin not at all */
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
        /** @description Removed */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/own-data': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete your workspace, everything in it and your account, once an admin has removed you; export it first */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Deleted; the session is over and nothing of yours is kept */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What you share with your coach: each kind’s setting and the items shared one by one */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Share reflections, drafts or feelings with your coach, or keep them private
     * @description A kind left out keeps its setting. Your coach’s next read follows the change.
     */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['SharingPatch'];
        };
      };
      responses: {
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
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
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
  '/team/sharing/drafts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Share one draft with your coach while the rest stay private
     * @description The id is the draft message’s.
     */
    put: {
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
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    post?: never;
    /**
     * Take one draft back; your coach’s next read is refused
     * @description The id is the draft message’s.
     */
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
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/sharing/reflections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Share one reflection with your coach while the rest stay private
     * @description The id is the rejection’s (`rejection.id` in the plan).
     */
    put: {
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
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    post?: never;
    /**
     * Take one reflection back; your coach’s next read is refused
     * @description The id is the rejection’s (`rejection.id` in the plan).
     */
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
        /** @description Your sharing */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Sharing'];
          };
        };
        /** @description Not signed in, or the session has ended; `error.message` says which */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Error'];
          };
        };
        /** @description Signed in, but not allowed to do this; `error.message` says why */
        403: {
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
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/team/sign-in-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How people can sign in: password, and a button per single sign-on provider */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description The ways to sign in */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['SignInOptions'];
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
  '/team/sso/{id}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where the provider sends the browser back: signs in, sets the session cookie and opens the app */
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
        /** @description Signed in; to the app */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description The answer was refused: not started here, used already or failed a check */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description The person has no account or invitation, or no confirmed address */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description No provider with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description The provider could not be reached */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description Too many sign-in attempts from this network address */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
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
  '/team/sso/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open in the browser: goes to the provider to sign in there */
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
        /** @description To the provider’s sign-in page */
        302: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description No provider with that id */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description The provider could not be reached */
        409: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
          };
        };
        /** @description Too many sign-in attempts from this network address */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/html': string;
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
  '/wins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What went right, most recent first */
    get: {
      parameters: {
        query?: {
          applicationId?: string;
          limit?: number;
          offset?: number | null;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description A page of wins */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinPage'];
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
    /** Keep a win: a good answer, a kind interviewer, a round reached for the first time */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': components['schemas']['WinInput'];
        };
      };
      responses: {
        /** @description The win */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Win'];
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
  '/wins/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One win */
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
        /** @description The win */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Win'];
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
    /** Delete a win (a practice card made from it stays) */
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
    /** Change a win */
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
          'application/json': components['schemas']['WinPatch'];
        };
      };
      responses: {
        /** @description The win as saved */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Win'];
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
  '/wins/{id}/practice-card': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a practice card that asks you to tell the story of this win */
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
        /** @description The win already had its card */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinCard'];
          };
        };
        /** @description The card was made */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['WinCard'];
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptInvitation: {
      name: string;
      password: string;
      token: string;
    };
    AccessLog: {
      items: {
        accountId: string;
        accountName: string;
        at: string;
        id: string;
        /** @example GET /applications/{id} */
        operation: string;
        path: string;
      }[];
    };
    Account: {
      createdAt: string;
      email: string;
      /** @description Whether the address is proven; an unproven one receives no reset links */
      emailVerified: boolean;
      id: string;
      name: string;
      /** @description Removed from the organisation: a removed seeker may only export or delete their data */
      removed: boolean;
      /** @enum {string} */
      role: 'seeker' | 'coach' | 'admin';
      workspaceId: string | null;
    };
    AddSourceInput: {
      url: string;
    };
    AddSourceResult: {
      added: number;
      source: components['schemas']['FeedSource'];
    };
    Agenda: {
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      from: string;
      items: components['schemas']['AgendaItem'][];
      moreKeepInTouch: boolean;
      practice: components['schemas']['PracticeSummary'];
      timeZone: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      to: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      today: string;
      truncated: boolean;
    };
    AgendaItem: {
      applicationId: string | null;
      company: string | null;
      contactId: string | null;
      contactName: string | null;
      dueAt: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      dueOn: string;
      /** @description A step id, or keep-in-touch:<contactId> */
      id: string;
      /** @enum {string} */
      kind:
        | 'reflect'
        | 'thank_you'
        | 'feedback_request'
        | 'linkedin_note'
        | 'keep_in_touch'
        | 'silver_medalist'
        | 'reapply'
        | 'watch_announcements'
        | 'tailor_resume'
        | 'gather_documents'
        | 'answer_essays'
        | 'submit_application'
        | 'follow_up'
        | 'custom';
      reason: string;
      role: string | null;
      /** @enum {string} */
      section: 'overdue' | 'today' | 'upcoming';
      snoozedUntil: string | null;
      /** @enum {string} */
      source: 'plan' | 'keep_in_touch';
      /** @enum {string} */
      status: 'open';
      title: string;
      when: string;
    };
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
      /** @default false */
      sample?: boolean;
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
      appliedOn?: string;
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
    ApplicationRef: {
      company: string;
      id: string;
      role: string;
    };
    ApplicationReflection: {
      applicationId: string;
      reflection: components['schemas']['Reflection'];
      rejectionId: string;
    };
    Article: {
      /** @example 2026-12-08T09:00:00.000Z */
      addedAt: string;
      /** @example art_3k9x2m4qzt7h */
      id: string;
      /** @example 2026-12-08T09:00:00.000Z */
      publishedAt: string | null;
      siteName: string | null;
      sourceId: string | null;
      summary: string | null;
      title: string;
      url: string;
    };
    ArticlePage: {
      items: components['schemas']['Article'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    ArticleShare: {
      articleId: string;
      contactId: string;
      /** @example 2026-12-08T09:00:00.000Z */
      createdAt: string;
      id: string;
      messageId: string | null;
      /** @example 2026-12-08T09:00:00.000Z */
      sharedAt: string | null;
      /** @enum {string} */
      status: 'draft' | 'sent';
    };
    AssembledCoachContext: {
      applicationId: string;
      contactId: string | null;
      context: components['schemas']['CoachContext'];
      /**
       * @description How the user said the news landed; upset or angry makes the composer offer to send later
       * @enum {string|null}
       */
      feeling: 'calm' | 'disappointed' | 'upset' | 'angry' | null;
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      /** @description The user’s settings the coach applies */
      settings: {
        timing: {
          coolOffHours: number;
          latestReplyDays: number;
        };
      };
    };
    AssignmentInput: {
      coachId: string;
      seekerId: string;
    };
    Backup: {
      createdAt: string;
      name: string;
      /** @enum {string} */
      reason: 'manual' | 'pre-migration' | 'pre-restore';
      size: number;
    };
    CadenceInput: {
      days: number | ('default' | 'off');
    };
    CalendarFeedLink: {
      /** @description The feed to subscribe to (https or http) */
      url: string;
      /** @description The same feed for apps that open webcal:// */
      webcalUrl: string;
    };
    Caseload: {
      items: {
        /** @description Of the steps that came due in the last 30 days, those done */
        followThrough: {
          done: number;
          due: number;
        };
        /** @description Nothing changed for 14 days or more */
        goneQuiet: boolean;
        lastActivityAt: string | null;
        overdueSteps: number;
        rejectionsThisWeek: number;
        seeker: components['schemas']['Account'];
      }[];
    };
    CoachContext: {
      company: string;
      contactName: string;
      facts: string[];
      /** @enum {string} */
      linkedinPlan: 'free' | 'paid';
      otherCompanies: string[];
      previousMessages: {
        company?: string;
        /** @enum {string} */
        kind?:
          | 'feedback_request'
          | 'thank_you'
          | 'keep_in_touch'
          | 'linkedin_note'
          | 'follow_up'
          | 'other';
        sentAt?: string;
        text: string;
        to?: string;
      }[];
      /** @description The day of the rejection (YYYY-MM-DD): only the day is known */
      rejectedAt?: string;
      role: string;
      sentAt: string;
      /** @description The user’s time zone, which places that day */
      timeZone: string;
    };
    CoachDrafts: {
      items: {
        coachId: string;
        coachName: string;
        createdAt: string;
        messageId: string;
      }[];
    };
    CoachFinding: {
      /** @enum {string} */
      category:
        'tone' | 'template' | 'personalization' | 'accuracy' | 'length' | 'timing' | 'style';
      /** @description UTF-16 offset, exclusive */
      end: number;
      message: string;
      /** @example tone/argues-decision */
      rule: string;
      /** @enum {string} */
      severity: 'error' | 'warning' | 'info';
      /** @description UTF-16 offset into the text */
      start: number;
      suggestion?: string;
    };
    CoachInput: {
      /**
       * @default {
       *       "company": "",
       *       "role": "",
       *       "contactName": "",
       *       "facts": [],
       *       "otherCompanies": [],
       *       "previousMessages": []
       *     }
       */
      context?: {
        /** @default  */
        company?: string;
        /** @default  */
        contactName?: string;
        /** @default [] */
        facts?: string[];
        /** @enum {string} */
        linkedinPlan?: 'free' | 'paid';
        /** @default [] */
        otherCompanies?: string[];
        /** @default [] */
        previousMessages?: (
          | string
          | {
              company?: string;
              /** @enum {string} */
              kind?:
                | 'feedback_request'
                | 'thank_you'
                | 'keep_in_touch'
                | 'linkedin_note'
                | 'follow_up'
                | 'other'
                | 'silver_medalist';
              sentAt?: string;
              text: string;
              to?: string;
            }
        )[];
        rejectedAt?: string;
        /** @default  */
        role?: string;
        sentAt?: string;
        timeZone?: string;
      };
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other'
        | 'silver_medalist';
      text: string;
    };
    CoachNote: {
      applicationId: string | null;
      authorId: string;
      authorName: string;
      body: string;
      createdAt: string;
      id: string;
      /** @enum {string} */
      kind: 'note' | 'suggestion';
    };
    CoachNoteInput: {
      applicationId?: string;
      body: string;
      /** @enum {string} */
      kind: 'note' | 'suggestion';
    };
    CoachResult: {
      findings: components['schemas']['CoachFinding'][];
      /** @description 0 (many problems) to 100 (none), overall and per category */
      scores: {
        accuracy: number;
        length: number;
        overall: number;
        personalization: number;
        style: number;
        template: number;
        timing: number;
        tone: number;
      };
      stats: {
        characterLimit: number | null;
        characters: number;
        readingEase: number | null;
        sentences: number;
        words: number;
      };
    };
    /**
     * @description Header as the file writes it → field, or null to leave the column out.
     * @example {
     *       "Job Title": "role",
     *       "Excitement": null
     *     }
     */
    ColumnMapping: {
      [key: string]:
        | 'id'
        | 'company'
        | 'role'
        | 'stage'
        | 'stageAt'
        | 'appliedOn'
        | 'link'
        | 'source'
        | 'location'
        | 'salary'
        | 'salaryMin'
        | 'salaryMax'
        | 'currency'
        | 'notes'
        | 'postingText'
        | 'createdAt'
        | 'stageHistory'
        | null;
    };
    Contact: {
      company: string | null;
      createdAt: string;
      email: string | null;
      howMet: string | null;
      id: string;
      /** @default null */
      keepInTouchDays?: number | null;
      /** @default null */
      keepInTouchSnoozedUntil?: string | null;
      lastInteractionAt: string | null;
      linkedinUrl: string | null;
      name: string;
      notes: string | null;
      /** @default [] */
      otherEmails?: string[];
      /** @default [] */
      otherPhones?: string[];
      phone: string | null;
      /** @enum {string} */
      relationship:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
      /** @default false */
      sample?: boolean;
      tags: string[];
      title: string | null;
      /** @default 0 */
      unansweredTouches?: number;
      updatedAt: string;
      /** @default [] */
      websites?: string[];
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
      /** @default [] */
      otherEmails?: string[];
      /** @default [] */
      otherPhones?: string[];
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
      /** @default [] */
      websites?: string[];
    };
    ContactKeepInTouch: {
      contact: components['schemas']['Contact'];
      status: components['schemas']['KeepInTouchStatus'];
    };
    ContactKeepInTouchDetail: components['schemas']['ContactKeepInTouch'] & {
      nextStep: components['schemas']['NextPlanStep'];
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
      otherEmails?: string[];
      otherPhones?: string[];
      phone?: string | null;
      /** @enum {string} */
      relationship?:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
      tags?: string[];
      title?: string | null;
      websites?: string[];
    };
    ContactSnooze: {
      until: components['schemas']['SnoozeUntil'];
    };
    ContactWithLinks: components['schemas']['Contact'] & {
      applicationIds: string[];
    };
    CsvImportReport: components['schemas']['FileImportReport'] &
      ({
        mapping: components['schemas']['ColumnMapping'];
      } | null);
    CsvImportRequest: {
      /** @description The whole file as text (UTF-8). */
      content: string;
      /**
       * @description Work out and report everything, but write nothing.
       * @default false
       */
      dryRun?: boolean;
      mapping?: components['schemas']['ColumnMapping'];
      /**
       * @description Import the good rows and report the bad ones, instead of refusing the whole file.
       * @default false
       */
      partial?: boolean;
    };
    CsvPreview: {
      fields: {
        /** @enum {string} */
        field:
          | 'id'
          | 'company'
          | 'role'
          | 'stage'
          | 'stageAt'
          | 'appliedOn'
          | 'link'
          | 'source'
          | 'location'
          | 'salary'
          | 'salaryMin'
          | 'salaryMax'
          | 'currency'
          | 'notes'
          | 'postingText'
          | 'createdAt'
          | 'stageHistory';
        header: string;
        meaning: string;
      }[];
      headers: string[];
      mapping: components['schemas']['ColumnMapping'];
      problems: string[];
      report: components['schemas']['CsvImportReport'];
    };
    CsvPreviewRequest: {
      /** @description The whole file as text (UTF-8). */
      content: string;
      mapping?: components['schemas']['ColumnMapping'];
    };
    DemoReport: {
      applications: number;
      /** @description Their articles, for suggestions */
      articles: number;
      contacts: number;
      interactions: number;
      interviews: number;
      /** @description Cards in the practice deck, from the questions that tripped the user up */
      practiceCards: number;
      rejections: number;
      /** @description Sample reading sources */
      sources: number;
    };
    DemoRequest: {
      /**
       * @description Replace whatever the workspace holds; otherwise it must be empty.
       * @default false
       */
      replace?: boolean;
    };
    DigestPreferences: {
      enabled: boolean;
      /** @description Local hour 0–23; null: your reminder time (09:00 for a coach) */
      hour: number | null;
      /** @description When digests were turned off */
      stoppedAt: string | null;
    };
    DigestPreferencesInput: {
      enabled: boolean;
      hour: number | null;
    };
    Draft: components['schemas']['AssembledCoachContext'] & {
      draft: {
        fact: string | null;
        /** @enum {string} */
        kind:
          | 'feedback_request'
          | 'thank_you'
          | 'keep_in_touch'
          | 'linkedin_note'
          | 'follow_up'
          | 'other';
        rooms: {
          end: number;
          prompt: string;
          start: number;
        }[];
        text: string;
      };
    };
    DraftRequest: {
      applicationId: string;
      contactId?: string;
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      /** @enum {string} */
      linkedinPlan?: 'free' | 'paid';
      /** @description The plan step it is for: a silver-medalist check-in gets its own wording */
      taskId?: string;
      userName?: string;
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
    FederalAnnouncement: {
      agency: string | null;
      announcementNumber: string | null;
      closeDate: string | null;
      contact: {
        email: string | null;
        name: string | null;
        phone: string | null;
      } | null;
      controlNumber: string | null;
      department: string | null;
      education: string | null;
      essays: {
        question: string;
        /** @enum {string} */
        topic: 'constitution' | 'efficiency' | 'executive_orders' | 'work_ethic';
        wordLimit: number;
      }[];
      formatRules: {
        maxPages: number | null;
        minFontPoints: number | null;
        minMarginInches: number | null;
        pdfOnly: boolean;
      };
      highGrade: string | null;
      howToApply: string | null;
      keyRequirements: string[];
      location: string | null;
      lowGrade: string | null;
      openDate: string | null;
      payPlan: string | null;
      positionTitle: string;
      qualifications: string | null;
      requiredDocuments: string | null;
      series: string[];
      specializedExperience: string | null;
      summary: string | null;
      url: string | null;
      whoMayApply: string | null;
    };
    FederalAnnouncementText: {
      /** @enum {string} */
      format?: 'json' | 'html' | 'text';
      text: string;
    };
    FederalApplication: {
      application: components['schemas']['Application'];
      federal: components['schemas']['FederalDetails'];
      similar: components['schemas']['FederalDetails'][];
    };
    FederalApplicationCreate: {
      details?: {
        agency?: string | null;
        announcement?: {
          agency: string | null;
          announcementNumber: string | null;
          closeDate: string | null;
          contact: {
            email: string | null;
            name: string | null;
            phone: string | null;
          } | null;
          controlNumber: string | null;
          department: string | null;
          education: string | null;
          essays: {
            question: string;
            /** @enum {string} */
            topic: 'constitution' | 'efficiency' | 'executive_orders' | 'work_ethic';
            wordLimit: number;
          }[];
          formatRules: {
            maxPages: number | null;
            minFontPoints: number | null;
            minMarginInches: number | null;
            pdfOnly: boolean;
          };
          highGrade: string | null;
          howToApply: string | null;
          keyRequirements: string[];
          location: string | null;
          lowGrade: string | null;
          openDate: string | null;
          payPlan: string | null;
          positionTitle: string;
          qualifications: string | null;
          requiredDocuments: string | null;
          series: string[];
          specializedExperience: string | null;
          summary: string | null;
          url: string | null;
          whoMayApply: string | null;
        } | null;
        announcementNumber?: string | null;
        /** @default [] */
        attachedDocuments?: ('dd214' | 'sf50' | 'transcript' | 'sf15' | 'va_letter')[];
        closeDate?: string | null;
        controlNumber?: string | null;
        department?: string | null;
        /** @default {} */
        essays?: {
          constitution?: string;
          efficiency?: string;
          executive_orders?: string;
          work_ethic?: string;
        };
        openDate?: string | null;
        payPlanSeriesGrade?: string | null;
        positionTitle: string;
        whoMayApply?: string | null;
      };
      /** @enum {string} */
      format?: 'json' | 'html' | 'text';
      text?: string;
    };
    FederalBuiltResume: {
      contentBase64: string;
      fileName: string;
      findings: components['schemas']['FederalFinding'][];
      leftOut: string[];
      pages: number;
    };
    FederalDetails: {
      agency: string | null;
      announcement: components['schemas']['FederalAnnouncement'] & (Record<string, never> | null);
      announcementNumber: string | null;
      applicationId: string;
      attachedDocuments: ('dd214' | 'sf50' | 'transcript' | 'sf15' | 'va_letter')[];
      closeDate: string | null;
      controlNumber: string | null;
      createdAt: string;
      department: string | null;
      essays: {
        constitution?: string;
        efficiency?: string;
        executive_orders?: string;
        work_ethic?: string;
      };
      grade: string | null;
      openDate: string | null;
      payPlan: string | null;
      positionTitle: string;
      series: string | null;
      /** @enum {string|null} */
      status:
        | 'received'
        | 'reviewing'
        | 'referred'
        | 'not_referred'
        | 'not_selected'
        | 'selected'
        | 'cancelled'
        | null;
      updatedAt: string;
      whoMayApply: string | null;
    };
    FederalDetailsPatch: {
      agency?: string | null;
      announcement?: {
        agency: string | null;
        announcementNumber: string | null;
        closeDate: string | null;
        contact: {
          email: string | null;
          name: string | null;
          phone: string | null;
        } | null;
        controlNumber: string | null;
        department: string | null;
        education: string | null;
        essays: {
          question: string;
          /** @enum {string} */
          topic: 'constitution' | 'efficiency' | 'executive_orders' | 'work_ethic';
          wordLimit: number;
        }[];
        formatRules: {
          maxPages: number | null;
          minFontPoints: number | null;
          minMarginInches: number | null;
          pdfOnly: boolean;
        };
        highGrade: string | null;
        howToApply: string | null;
        keyRequirements: string[];
        location: string | null;
        lowGrade: string | null;
        openDate: string | null;
        payPlan: string | null;
        positionTitle: string;
        qualifications: string | null;
        requiredDocuments: string | null;
        series: string[];
        specializedExperience: string | null;
        summary: string | null;
        url: string | null;
        whoMayApply: string | null;
      } | null;
      announcementNumber?: string | null;
      attachedDocuments?: ('dd214' | 'sf50' | 'transcript' | 'sf15' | 'va_letter')[];
      closeDate?: string | null;
      controlNumber?: string | null;
      department?: string | null;
      essays?: {
        constitution?: string;
        efficiency?: string;
        executive_orders?: string;
        work_ethic?: string;
      };
      openDate?: string | null;
      payPlanSeriesGrade?: string | null;
      positionTitle?: string;
      whoMayApply?: string | null;
    };
    FederalFinding: {
      line?: number;
      message: string;
      page?: number;
      rule: string;
      /** @enum {string} */
      severity: 'error' | 'warning' | 'advice';
      source: {
        title: string;
        url: string;
      };
      words?: string[];
    };
    FederalProfile: {
      /** @default [] */
      certifications?: string[];
      citizenship?: string | null;
      clearance?: string | null;
      /** @default [] */
      education?: {
        completed?: string | null;
        degree: string;
        details?: string | null;
        location?: string | null;
        school: string;
      }[];
      /** Format: email */
      email: string;
      jobs: {
        duties: string[];
        employer: string;
        end?: string | null;
        hoursPerWeek: number;
        location?: string | null;
        payPlanSeriesGrade?: string | null;
        start: string;
        supervisor?: string | null;
        title: string;
      }[];
      location?: string | null;
      name: string;
      phone: string;
      /** @default [] */
      skills?: string[];
      summary?: string | null;
      /** @default [] */
      training?: string[];
      veteransPreference?: string | null;
    } | null;
    FederalResumeBuildRequest: {
      applicationId?: string;
      /**
       * @default pdf
       * @enum {string}
       */
      format?: 'pdf' | 'docx';
    };
    FederalResumeCheckReport: {
      fileName: string;
      findings: components['schemas']['FederalFinding'][];
      lines: {
        number: number;
        page: number | null;
        text: string;
      }[];
      pages: number | null;
      /** @enum {string|null} */
      pagesMeasuredBy: 'pdf' | 'libreoffice' | 'layout' | 'estimate' | null;
    };
    FederalResumeCheckRequest: {
      announcement?: components['schemas']['FederalAnnouncementText'];
      applicationId?: string;
      attachedDocuments?: ('dd214' | 'sf50' | 'transcript' | 'sf15' | 'va_letter')[];
      essays?: {
        constitution?: string;
        efficiency?: string;
        executive_orders?: string;
        work_ethic?: string;
      };
      file: {
        contentBase64: string;
        name: string;
      };
    };
    FeedbackInput: {
      contactId?: string;
      receivedOn?: string;
      text: string;
    };
    /** @description For a sent feedback request: waiting, replied, or closed without a reply */
    FeedbackOutcome: {
      note: string;
      /** @enum {string} */
      outcome: 'awaiting_reply' | 'replied' | 'no_reply';
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      waitUntil: string;
    } | null;
    FeedSource: {
      articleCount: number;
      /** @example 2026-12-08T09:00:00.000Z */
      createdAt: string;
      failureCount: number;
      /** @example fds_3k9x2m4qzt7h */
      id: string;
      /** @example 2026-12-08T09:00:00.000Z */
      lastCheckedAt: string | null;
      /** @description What went wrong the last time, naming the address */
      lastError: string | null;
      /** @example 2026-12-08T09:00:00.000Z */
      lastSuccessAt: string | null;
      /** @example 2026-12-08T09:00:00.000Z */
      nextCheckAt: string;
      siteUrl: string | null;
      title: string;
      /** @example 2026-12-08T09:00:00.000Z */
      updatedAt: string;
      /** @description The feed's own address */
      url: string;
    };
    FeedSourceList: {
      items: components['schemas']['FeedSource'][];
    };
    FileImportReport: {
      created: number;
      dryRun: boolean;
      /** @enum {string} */
      format: 'linkedin' | 'vcard' | 'csv';
      invalid: number;
      outcomes: components['schemas']['RowOutcome'][];
      partial: boolean;
      rows: number;
      skipped: number;
      updated: number;
    };
    FileImportRequest: {
      /** @description The whole file as text (UTF-8). */
      content: string;
      /**
       * @description Work out and report everything, but write nothing.
       * @default false
       */
      dryRun?: boolean;
      /**
       * @description Import the good rows and report the bad ones, instead of refusing the whole file.
       * @default false
       */
      partial?: boolean;
    };
    FollowThrough: {
      feedbackAnswered: components['schemas']['ShareOf'];
      feedbackDelayBands: {
        count: number;
        label: string;
      }[];
      feedbackDelays: (components['schemas']['ApplicationRef'] & {
        days: number;
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        receivedOn: string;
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        rejectedOn: string;
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        requestedOn: string | null;
      })[];
      feedbackReceived: components['schemas']['ShareOf'];
      feedbackRequested: components['schemas']['ShareOf'];
      keptInTouch: components['schemas']['ShareOf'] & {
        afterDays: number;
      };
      medianDaysToFeedback: number | null;
      reEngagements: {
        followedUp: number;
        items: components['schemas']['ReEngagement'][];
        ledToInterview: number;
        ledToOffer: number;
        viaCompany: number;
        viaContact: number;
      };
      rejections: number;
      thankYou: components['schemas']['ShareOf'];
      thankYouStreak: {
        best: number;
        current: number;
      };
      withSomeone: number;
    };
    FreshRejection: {
      applicationId: string;
      company: string;
      /** @description How many letters are about it */
      letters: number;
      /**
       * @description A local calendar day
       * @example 2026-12-08
       */
      rejectedOn: string;
      role: string;
    };
    Funnel: {
      /** @description By the month each application started, in the user’s time zone; quiet months included */
      byMonth: components['schemas']['FunnelSlice'][];
      bySource: components['schemas']['FunnelSlice'][];
      overall: components['schemas']['FunnelSlice'];
      /** @description Saved but never sent: not in the funnel */
      savedOnly: number;
    };
    FunnelSlice: {
      applications: number;
      /** @description `all`, a month `YYYY-MM`, or a source ("" for none) */
      key: string;
      label: string;
      rejections: number;
      steps: components['schemas']['FunnelStep'][];
    };
    FunnelStep: {
      /** @description Of those that reached the step before */
      conversion: number | null;
      /** @description Of all applications sent */
      fromApplied: number | null;
      ghosted: number;
      label: string;
      /** @description Still open at this stage */
      open: number;
      /** @description Applications that got at least this far */
      reached: number;
      /** @description Turned down after getting this far */
      rejected: number;
      /** @enum {string} */
      stage: 'applied' | 'screen' | 'interview' | 'final' | 'offer';
      withdrawn: number;
    };
    GoingColdPage: {
      items: components['schemas']['ContactKeepInTouch'][];
      /** @description Pass as `offset` to get the next page; null on the last page. */
      nextOffset: number | null;
    };
    ImapSettingsInput: {
      /**
       * @default [
       *       "INBOX"
       *     ]
       */
      folders?: string[];
      host: string;
      /** @default 15 */
      intervalMinutes?: number;
      password?: string | null;
      /** @default 993 */
      port?: number;
      secure?: boolean;
      user: string;
    };
    ImapSettingsView: {
      configured: boolean;
      folders: string[];
      host: string | null;
      intervalMinutes: number | null;
      passwordSet: boolean;
      port: number | null;
      secure: boolean | null;
      user: string | null;
    };
    ImapSyncResult: {
      folders: {
        fetched: number;
        folder: string;
        lastUid: number;
        reset: boolean;
        uidValidity: string;
      }[];
      messages: components['schemas']['IngestedMessage'][];
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
    InboxDecision: {
      applicationId?: string | null;
      company?: string;
      /** @enum {string} */
      kind?: 'rejection' | 'interview' | 'received' | 'offer' | 'other';
      role?: string;
    };
    InboxImport: {
      dryRun?: boolean;
      files: {
        content: string;
        name: string;
      }[];
    };
    InboxMessage: {
      automated: boolean;
      /** @description The whole text, only when kept */
      body: string | null;
      company: string | null;
      confidence: number;
      createdAt: string;
      decidedAt: string | null;
      /** @description The lines that carried the decision */
      evidence: string[];
      from: {
        address: string | null;
        name: string | null;
      };
      id: string;
      /** @enum {string} */
      kind: 'rejection' | 'interview' | 'received' | 'offer' | 'other';
      messageId: string | null;
      proposal: {
        /** @enum {string} */
        action:
          'record_rejection' | 'add_interview' | 'record_offer' | 'create_application' | 'none';
        applicationId: string | null;
        create: {
          company: string;
          role: string;
        } | null;
        date: string;
      };
      role: string | null;
      sentAt: string | null;
      source: string;
      /** @enum {string} */
      status: 'review' | 'applied' | 'dismissed' | 'none';
      subject: string;
    };
    InboxSettings: {
      autoApply: boolean;
      keepBodies: boolean;
    };
    InboxSettingsInput: {
      autoApply?: boolean;
      keepBodies?: boolean;
    };
    IngestedMessage: {
      /** @enum {string} */
      action: 'record_rejection' | 'add_interview' | 'record_offer' | 'create_application' | 'none';
      applicationId: string | null;
      automated: boolean;
      company: string | null;
      confidence: number;
      date: string | null;
      from: string | null;
      inboxId: string | null;
      /** @enum {string} */
      kind: 'rejection' | 'interview' | 'received' | 'offer' | 'other';
      messageId: string | null;
      role: string | null;
      source: string;
      /** @enum {string} */
      status: 'review' | 'applied' | 'dismissed' | 'none' | 'duplicate';
      subject: string;
    };
    Insights: {
      followThrough: components['schemas']['FollowThrough'];
      funnel: components['schemas']['Funnel'];
      generatedAt: string;
      lessons: components['schemas']['Lesson'][];
      practice: components['schemas']['PracticeProgress'];
      progress: {
        applications: number;
        finals: number;
        interviews: number;
        offers: number;
        recentInterviews: (components['schemas']['ApplicationRef'] & {
          /** @enum {string} */
          furthest:
            | 'saved'
            | 'applied'
            | 'screen'
            | 'interview'
            | 'final'
            | 'offer'
            | 'rejected'
            | 'withdrawn'
            | 'ghosted';
        })[];
        rejections: number;
      };
      themes: components['schemas']['Themes'];
      timeZone: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      today: string;
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
    Invitation: {
      emailed: boolean;
      expiresAt: string;
      token: string;
    };
    InvitationInput: {
      coachId?: string;
      email: string;
      /** @enum {string} */
      role: 'seeker' | 'coach' | 'admin';
    };
    KeepInTouchStatus: {
      cadenceDays: number;
      cadenceIsDefault: boolean;
      dueAt: string | null;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      dueOn: string | null;
      reason: string;
      /** @enum {string} */
      state: 'off' | 'not_started' | 'resting' | 'due' | 'scheduled';
    };
    Lesson: {
      applications: components['schemas']['ApplicationRef'][];
      detail: string;
      evidence: {
        label: string;
        value: string;
      }[];
      id: string;
      /** @enum {string} */
      kind: 'encouragement' | 'win' | 'pattern';
      link: {
        cardId?: string;
        /** @enum {string} */
        to: 'funnel' | 'themes' | 'follow-through' | 'practice';
      } | null;
      title: string;
    };
    Letter: {
      applicationId: string | null;
      /** @description What the user wrote; it never leaves Rebound */
      body: string;
      createdAt: string;
      id: string;
      updatedAt: string;
      /**
       * @description `private`: nobody else learns of it. `existence`: a coach may see that it exists and when, never its text.
       * @enum {string}
       */
      visibility: 'private' | 'existence';
    };
    LetterInput: {
      applicationId?: string | null;
      body: string;
      /** @enum {string} */
      visibility?: 'private' | 'existence';
    };
    LetterList: {
      items: components['schemas']['Letter'][];
      prompts: string[];
      /** @description The rhythm of the study (offered, never required) and the days written in the window */
      rhythm: {
        days: number;
        daysWritten: number;
        minutesPerDay: number;
        windowDays: number;
      };
    };
    LetterPatch: {
      body?: string;
      /** @enum {string} */
      visibility?: 'private' | 'existence';
    };
    LinkContact: {
      contactId: string;
    };
    MailTestRequest: {
      /**
       * Format: email
       * @description Also send a test email here.
       */
      sendTo?: string;
    };
    MailTestResult: {
      host: string;
      message: string;
      port: number;
      secure: boolean;
      sentTo: string | null;
      user: string | null;
    };
    Mailto: {
      length: number;
      /** @description Longer than mail programs reliably accept. */
      tooLong: boolean;
      url: string;
    };
    MarkNotSentResult: {
      message: components['schemas']['Message'];
      removedInteractionIds: string[];
      reopenedTasks: components['schemas']['Task'][];
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
    Me: {
      account: components['schemas']['Account'] | null;
      /** @enum {string} */
      mode: 'local' | 'team';
    };
    Members: {
      assignments: {
        coachId: string;
        seekerId: string;
      }[];
      items: components['schemas']['Account'][];
    };
    Message: {
      applicationId: string | null;
      body: string;
      /** @enum {string} */
      channel: 'email' | 'linkedin' | 'other';
      contactId: string | null;
      createdAt: string;
      /** @default null */
      emailMessageId?: string | null;
      id: string;
      /** @default null */
      inReplyTo?: string | null;
      /** @enum {string} */
      kind:
        | 'feedback_request'
        | 'thank_you'
        | 'keep_in_touch'
        | 'linkedin_note'
        | 'follow_up'
        | 'other';
      recipient: string | null;
      /** @default [] */
      references?: string[];
      /** @default null */
      scheduled?: {
        at: string;
        newThread: boolean;
        taskId: string | null;
      } | null;
      /** @default null */
      sendFailure?: {
        at: string;
        error: string;
      } | null;
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
    /** @description The next open plan step for this person: the date a recovery plan set */
    NextPlanStep: {
      applicationId: string | null;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      dueOn: string;
      id: string;
      /** @enum {string} */
      kind:
        | 'reflect'
        | 'thank_you'
        | 'feedback_request'
        | 'linkedin_note'
        | 'keep_in_touch'
        | 'silver_medalist'
        | 'reapply'
        | 'watch_announcements'
        | 'tailor_resume'
        | 'gather_documents'
        | 'answer_essays'
        | 'submit_application'
        | 'follow_up'
        | 'custom';
      title: string;
      /** @example Due Mon 4 Jan 2027 */
      when: string;
    } | null;
    NoteToSend: {
      applicationId: string;
      learned: {
        communication: string | null;
        feedback: string | null;
        forgotToHighlight: string[];
        missingSkills: string[];
        wentWell: string | null;
        wins: string[];
      };
      step: {
        contactId: string | null;
        /** @enum {string} */
        kind: 'thank_you' | 'feedback_request';
        taskId: string;
      } | null;
    };
    OpmlImportInput: {
      content: string;
      /** @default false */
      partial?: boolean;
    };
    OpmlImportReport: {
      added: {
        id: string;
        title: string;
        url: string;
      }[];
      problems: {
        message: string;
        where: string;
      }[];
      skipped: {
        title: string;
        url: string;
      }[];
    };
    Pace: {
      items: {
        done: number;
        goal: number;
        /** @enum {string} */
        item: 'applications' | 'keepInTouch' | 'practice';
        text: string;
      }[];
      paused: boolean;
      /**
       * @description A local calendar day
       * @example 2026-12-08
       */
      pausedUntil: string | null;
      /** @description Null until the user sets one */
      rhythm: {
        applications: number;
        keepInTouch: number;
        practice: number;
      } | null;
      suggested: {
        applications: number;
        keepInTouch: number;
        practice: number;
      };
      /** @description A kind sentence about the week so far */
      summary: string;
      week: {
        /**
         * @description A local calendar day
         * @example 2026-12-08
         */
        end: string;
        /**
         * @description A local calendar day
         * @example 2026-12-08
         */
        start: string;
      };
    };
    PacePatch: {
      pausedUntil?: string | null;
      rhythm?: {
        applications: number;
        keepInTouch: number;
        practice: number;
      } | null;
    };
    PasswordReset: {
      password: string;
      token: string;
    };
    PasswordResetRequest: {
      email: string;
    };
    PendingInvitation: {
      coachId: string | null;
      email: string;
      emailed: boolean;
      /** @description The link has run out; resend it for a new one */
      expired: boolean;
      expiresAt: string;
      /** @description Names the invitation; it cannot be used to join */
      id: string;
      /** @description The admin who sent it (last) */
      invitedBy: string;
      /** @enum {string} */
      role: 'seeker' | 'coach' | 'admin';
      sentAt: string;
    };
    PendingInvitations: {
      items: components['schemas']['PendingInvitation'][];
    };
    PersonMet: {
      contactId: string;
      deliveredNews: boolean;
      interviews: number;
      keepInTouchDays: number | null;
      /** @description Minutes together in interviews; one of unknown length counts as 45 */
      minutes: number;
      /** @description Whether every interview with them has a recorded length */
      minutesKnown: boolean;
      name: string;
      /** @enum {string} */
      relationship:
        'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
    };
    PlanStep: components['schemas']['Task'] & {
      company: string | null;
      contactName: string | null;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      dueOn: string;
      feedback: components['schemas']['FeedbackOutcome'];
      role: string | null;
      /**
       * @description Where it sits in Today; null once finished
       * @enum {string|null}
       */
      section: 'overdue' | 'today' | 'upcoming' | null;
      /** @description What to do and for whom */
      title: string;
      /** @example Due tomorrow */
      when: string;
    };
    PracticeCard: {
      action: string | null;
      /** @description The improved answer in the user’s words */
      answer: string | null;
      createdAt: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      dueOn: string;
      id: string;
      /** @description Due by the end of the user’s today */
      isDue: boolean;
      /** @description When it would come back after each rating, if practised now */
      next: {
        again: {
          due: string;
          /** @example 3 days */
          interval: string;
        };
        easy: {
          due: string;
          /** @example 3 days */
          interval: string;
        };
        good: {
          due: string;
          /** @example 3 days */
          interval: string;
        };
        hard: {
          due: string;
          /** @example 3 days */
          interval: string;
        };
      };
      question: string;
      result: string | null;
      schedule: components['schemas']['PracticeSchedule'];
      situation: string | null;
      /** @description Where the question came up, most recent first */
      sources: {
        applicationId: string;
        company: string;
        /** @description The wording in that reflection */
        question: string;
        questionId: string;
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        rejectedOn: string | null;
        role: string;
      }[];
      task: string | null;
      updatedAt: string;
    };
    PracticeCardDetail: components['schemas']['PracticeCard'] & {
      reviews: components['schemas']['PracticeReview'][];
    };
    PracticeCardPage: {
      due: number;
      items: components['schemas']['PracticeCard'][];
      nextOffset: number | null;
      total: number;
    };
    PracticeCardPatch: {
      action?: string | null;
      answer?: string | null;
      question?: string;
      result?: string | null;
      situation?: string | null;
      task?: string | null;
    };
    PracticeProgress: {
      cards: number;
      dayStreak: {
        best: number;
        current: number;
      };
      due: number;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      lastPractisedOn: string | null;
      practised: number;
      reviews: number;
    };
    PracticeReview: {
      cardId: string;
      difficulty: number;
      due: string;
      elapsedDays: number;
      id: string;
      lastElapsedDays: number;
      learningSteps: number;
      /** @enum {string} */
      rating: 'again' | 'hard' | 'good' | 'easy';
      reviewedAt: string;
      scheduledDays: number;
      stability: number;
      /**
       * @description The card’s state before this round
       * @enum {string}
       */
      state: 'new' | 'learning' | 'review' | 'relearning';
    };
    PracticeReviewInput: {
      /** @enum {string} */
      rating: 'again' | 'hard' | 'good' | 'easy';
    };
    PracticeSchedule: {
      difficulty: number;
      /** @description When to practise it next (UTC) */
      due: string;
      elapsedDays: number;
      lapses: number;
      lastReview: string | null;
      learningSteps: number;
      reps: number;
      scheduledDays: number;
      stability: number;
      /** @enum {string} */
      state: 'new' | 'learning' | 'review' | 'relearning';
    };
    /** @description Practice waiting today: questions that tripped the user up, due for another round */
    PracticeSummary: {
      /** @description Cards due by the end of today */
      due: number;
      nextDueAt: string | null;
      total: number;
    };
    RankedThemes: {
      distinct: number;
      items: components['schemas']['Theme'][];
    };
    RecordedRejection: components['schemas']['RecoveryPlan'] & {
      /** @description False when an existing rejection was corrected */
      created: boolean;
    };
    RecoveryPlan: {
      application: components['schemas']['Application'];
      /**
       * @description While the user is cooling off (they said they feel upset or angry), the day writing may start
       * @example 2026-11-26
       */
      coolOffUntil: string | null;
      /** @description Who to write to, first choice first */
      people: components['schemas']['PersonMet'][];
      rejection: components['schemas']['Rejection'];
      steps: components['schemas']['PlanStep'][];
      timeZone: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      today: string;
    };
    ReEngagement: {
      contactIds: string[];
      later: components['schemas']['ApplicationRef'] & {
        /** @enum {string|null} */
        furthest: 'applied' | 'screen' | 'interview' | 'final' | 'offer' | null;
        startedAt: string;
      };
      rejected: components['schemas']['ApplicationRef'] & {
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        rejectedOn: string;
      };
      /** @enum {string} */
      via: 'contact' | 'company';
    };
    Reflection: {
      /** @default null */
      communication?: string | null;
      /**
       * @default null
       * @enum {string|null}
       */
      feeling?: 'calm' | 'disappointed' | 'upset' | 'angry' | null;
      /** @default null */
      feelingAt?: string | null;
      /** @default null */
      feelingNote?: string | null;
      /**
       * @default null
       * @enum {string|null}
       */
      fit?: 'yes' | 'partly' | 'no' | null;
      /** @default null */
      fitWhy?: string | null;
      /** @default [] */
      forgotToHighlight?: string[];
      /** @default [] */
      hardQuestions?: {
        betterAnswer: string | null;
        id: string;
        question: string;
      }[];
      /** @default [] */
      missingSkills?: {
        label: string;
        tag: string;
      }[];
      updatedAt: string;
      /** @default null */
      wentWell?: string | null;
    } | null;
    ReflectionInput: {
      communication?: string | null;
      /** @enum {string|null} */
      feeling?: 'calm' | 'disappointed' | 'upset' | 'angry' | null;
      feelingNote?: string | null;
      /** @enum {string|null} */
      fit?: 'yes' | 'partly' | 'no' | null;
      fitWhy?: string | null;
      forgotToHighlight?: string[] | null;
      hardQuestions?:
        | (
            | string
            | {
                betterAnswer?: string | null;
                id?: string;
                question: string;
              }
          )[]
        | null;
      missingSkills?: string[] | null;
      wentWell?: string | null;
    };
    RefreshOutcome: {
      added: number;
      error: string | null;
      /** @example 2026-12-08T09:00:00.000Z */
      nextCheckAt: string;
      sourceId: string;
      /** @enum {string} */
      status: 'updated' | 'not_modified' | 'failed';
      title: string;
      url: string;
    };
    RefreshResult: {
      outcomes: components['schemas']['RefreshOutcome'][];
    };
    RefreshSourcesInput: {
      sourceIds?: string[];
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
        /** @default null */
        communication?: string | null;
        /**
         * @default null
         * @enum {string|null}
         */
        feeling?: 'calm' | 'disappointed' | 'upset' | 'angry' | null;
        /** @default null */
        feelingAt?: string | null;
        /** @default null */
        feelingNote?: string | null;
        /**
         * @default null
         * @enum {string|null}
         */
        fit?: 'yes' | 'partly' | 'no' | null;
        /** @default null */
        fitWhy?: string | null;
        /** @default [] */
        forgotToHighlight?: string[];
        /** @default [] */
        hardQuestions?: {
          betterAnswer: string | null;
          id: string;
          question: string;
        }[];
        /** @default [] */
        missingSkills?: {
          label: string;
          tag: string;
        }[];
        updatedAt: string;
        /** @default null */
        wentWell?: string | null;
      } | null;
      rejectedOn: string;
      /** @default null */
      seniorRole?: boolean | null;
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
    RejectionInput: {
      /** @enum {string} */
      channel?: 'email' | 'phone' | 'video' | 'in_person' | 'portal' | 'automated' | 'other';
      contactId?: string | null;
      date?: string;
      /** @enum {string} */
      feeling?: 'calm' | 'disappointed' | 'upset' | 'angry';
      humanContact?: boolean;
      reason?: string | null;
      seniorRole?: boolean | null;
      /** @enum {string} */
      stage?: 'applied' | 'screen' | 'interview' | 'final' | 'offer';
    };
    RejectionPatch: {
      /** @enum {string} */
      channel?: 'email' | 'phone' | 'video' | 'in_person' | 'portal' | 'automated' | 'other';
      contactId?: string | null;
      date?: string;
      humanContact?: boolean;
      reason?: string | null;
      seniorRole?: boolean | null;
      /** @enum {string} */
      stage?: 'applied' | 'screen' | 'interview' | 'final' | 'offer';
    };
    RemoveSourceResult: {
      /** @description Articles that went with it */
      deleted: number;
      /** @description Articles shared with someone, kept */
      kept: number;
    };
    ResentInvitation: {
      email: string;
      emailed: boolean;
      expiresAt: string;
      token: string;
    };
    RestoreResult: {
      migrated: string[];
      restoredFrom: string;
      safetyBackup: components['schemas']['Backup'] & (Record<string, never> | null);
    };
    RowOutcome: {
      id: string | null;
      label: string;
      line: number;
      /** @enum {string} */
      outcome: 'created' | 'updated' | 'skipped' | 'invalid';
      reason: string | null;
    };
    SampleData: {
      /** @description Sample applications in the workspace */
      applications: number;
      /** @description Sample people in the workspace */
      contacts: number;
    };
    SampleRemoval: components['schemas']['SampleData'] & {
      /** @description The sample’s reading sources, with their articles */
      feedSources: number;
      /** @description Touchpoints with sample people */
      interactions: number;
      /** @description Messages about the sample */
      messages: number;
      /** @description Practice cards only the sample asked; one your own reflections share stays */
      practiceCards: number;
    };
    SaveArticleInput: {
      url: string;
    };
    SaveArticleResult: {
      article: components['schemas']['Article'];
      created: boolean;
    };
    ScheduleSend: {
      at?: string;
      /** @default false */
      newThread?: boolean;
      taskId?: string;
    };
    SendMessage: {
      /** @default false */
      newThread?: boolean;
      taskId?: string;
    };
    SendResult: {
      delivery: {
        accepted: string[];
        response: string;
      };
      interaction: components['schemas']['Interaction'] & (Record<string, never> | null);
      message: components['schemas']['Message'];
      task: components['schemas']['Task'] & (Record<string, never> | null);
    };
    SentArticleList: {
      items: (components['schemas']['ArticleShare'] & {
        title: string;
        url: string;
      })[];
    };
    Session: {
      account: components['schemas']['Account'];
    };
    Settings: {
      cadences: {
        default: number;
        reason: string;
        /** @enum {string} */
        relationship:
          'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
        sources: string[];
        value: number;
      }[];
      /**
       * @description Sets the LinkedIn connection-note limit: 200 characters free, 300 paid
       * @enum {string}
       */
      linkedinPlan: 'free' | 'paid';
      reminderTime: string;
      rules: {
        default: number;
        /** @enum {string} */
        id:
          | 'thankYouDays'
          | 'coolOffHours'
          | 'latestReplyDays'
          | 'feedbackRequestDays'
          | 'feedbackWaitDays'
          | 'linkedinNoteDays'
          | 'firstKeepInTouchDays'
          | 'silverMedalistDays'
          | 'reapplyMonths'
          | 'reapplySeniorMonths'
          | 'maxFollowUpsWithoutReply';
        label: string;
        max: number;
        min: number;
        reason: string;
        sources: string[];
        /** @enum {string} */
        unit: 'hours' | 'days' | 'months' | 'count';
        value: number;
      }[];
      timeZone: string;
      timeZoneIsDefault: boolean;
      /** @description How the user signs messages; starting drafts end with it */
      userName: string | null;
    };
    SettingsPatch: {
      keepInTouchDays?: {
        hiring_manager?: number | null;
        interviewer?: number | null;
        mentor?: number | null;
        other?: number | null;
        peer?: number | null;
        recruiter?: number | null;
        referrer?: number | null;
      };
      /** @enum {string|null} */
      linkedinPlan?: 'free' | 'paid' | null;
      reminderTime?: string | null;
      timeZone?: string | null;
      timing?: {
        coolOffHours?: number | null;
        feedbackRequestDays?: number | null;
        feedbackWaitDays?: number | null;
        firstKeepInTouchDays?: number | null;
        latestReplyDays?: number | null;
        linkedinNoteDays?: number | null;
        maxFollowUpsWithoutReply?: number | null;
        reapplyMonths?: number | null;
        reapplySeniorMonths?: number | null;
        silverMedalistDays?: number | null;
        thankYouDays?: number | null;
      };
      userName?: string | null;
    };
    SettingsUpdate: components['schemas']['Settings'] & {
      /** @description Open steps that moved */
      rescheduledTasks: number;
    };
    ShareArticleInput: {
      applicationId?: string | null;
      /**
       * @default email
       * @enum {string}
       */
      channel?: 'email' | 'linkedin' | 'other';
      contactId: string;
      messageId?: string;
    };
    ShareArticleResult: {
      message: components['schemas']['Message'];
      share: components['schemas']['ArticleShare'];
    };
    ShareOf: {
      count: number;
      of: number;
      /** @description A fraction from 0 to 1; null when there is nothing to divide by */
      share: number | null;
    };
    Sharing: {
      items: {
        applicationId: string | null;
        /** @description The rejection (a reflection) or the draft */
        id: string;
        /** @enum {string} */
        kind: 'reflection' | 'draft';
        label: string;
        sharedAt: string;
      }[];
      settings: {
        drafts: boolean;
        feelings: boolean;
        reflections: boolean;
      };
    };
    SharingPatch: {
      drafts?: boolean;
      feelings?: boolean;
      reflections?: boolean;
    };
    SignIn: {
      email: string;
      password: string;
    };
    SignInOptions: {
      password: boolean;
      sso: {
        id: string;
        /** @description The button’s text */
        label: string;
        /** @description Open it in the browser to sign in there */
        startUrl: string;
      }[];
    };
    SmtpSettings: {
      from: string | null;
      host: string | null;
      /** @description The password itself is never sent back. */
      passwordSet: boolean;
      port: number | null;
      secure: boolean | null;
      /** @enum {string} */
      source: 'environment' | 'file' | 'account' | 'none';
      user: string | null;
    };
    SmtpSettingsInput: {
      from: string;
      host: string;
      password?: string | null;
      /** @default 587 */
      port?: number;
      secure?: boolean;
      user?: string | null;
    };
    Snooze: {
      until: string;
    };
    SnoozeResult: {
      moved: components['schemas']['PlanStep'][];
      task: components['schemas']['PlanStep'];
    };
    /** @description A date, tomorrow or next-week; null ends the snooze */
    SnoozeUntil: string | null;
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
    Suggestion: {
      id: string;
      /** @example 2026-12-08T09:00:00.000Z */
      published: string | null;
      /**
       * @description Why this article, in words
       * @example Mentions Acme Robotics, where Helen works
       */
      reason: string;
      title: string;
      url: string;
    };
    SuggestionList: {
      items: components['schemas']['Suggestion'][];
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
        | 'watch_announcements'
        | 'tailor_resume'
        | 'gather_documents'
        | 'answer_essays'
        | 'submit_application'
        | 'follow_up'
        | 'custom';
      messageId: string | null;
      reason: string;
      snoozedUntil: string | null;
      /** @enum {string} */
      status: 'open' | 'done' | 'skipped';
      updatedAt: string;
    };
    TaskDone: {
      /** @enum {string} */
      channel?:
        | 'email'
        | 'linkedin'
        | 'call'
        | 'video'
        | 'meeting'
        | 'message'
        | 'article'
        | 'event'
        | 'other';
      interactionId?: string;
      logInteraction?: boolean;
      messageId?: string;
      summary?: string | null;
    };
    Theme: {
      applications: (components['schemas']['ApplicationRef'] & {
        /**
         * @description A local calendar day
         * @example 2026-11-26
         */
        on: string;
        via: ('reflection' | 'feedback' | 'reason')[];
      })[];
      /** @description Applications it came up in */
      count: number;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      firstSeen: string;
      /** @description A skill tag, a practice card id (questions), or a group key */
      key: string;
      label: string;
      /**
       * @description A local calendar day
       * @example 2026-11-26
       */
      lastSeen: string;
      /** @description Recency-weighted count: each application weighs 1 today and half as much every 90 days */
      score: number;
      wordings: string[];
    };
    Themes: {
      feedback: number;
      fit: {
        no: number;
        partly: number;
        unanswered: number;
        yes: number;
      };
      fitProblems: components['schemas']['RankedThemes'];
      forgotten: components['schemas']['RankedThemes'];
      halfLifeDays: number;
      missingSkills: components['schemas']['RankedThemes'];
      questions: components['schemas']['RankedThemes'];
      reflections: number;
    };
    TimelineEntry: {
      at: string;
      /** @enum {string} */
      kind: 'stage' | 'interview' | 'interaction' | 'rejection' | 'message';
      refId: string;
      summary: string;
    };
    UsajobsStatusChange: {
      date?: string;
      /** @enum {string} */
      status:
        | 'received'
        | 'reviewing'
        | 'referred'
        | 'not_referred'
        | 'not_selected'
        | 'selected'
        | 'cancelled';
    };
    VerifyEmail: {
      token: string;
    };
    Win: {
      applicationId: string | null;
      /** @description The practice card telling its story */
      cardId: string | null;
      createdAt: string;
      /**
       * @description A local calendar day
       * @example 2026-12-08
       */
      happenedOn: string;
      id: string;
      text: string;
      updatedAt: string;
    };
    WinCard: {
      cardId: string;
      created: boolean;
      win: components['schemas']['Win'];
    };
    WinInput: {
      applicationId?: string | null;
      on?: string;
      text: string;
    };
    WinPage: {
      items: components['schemas']['Win'][];
      nextOffset: number | null;
      total: number;
    };
    WinPatch: {
      applicationId?: string | null;
      on?: string;
      text?: string;
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
        /** @default false */
        sample?: boolean;
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
      articles?: {
        addedAt: string;
        id: string;
        publishedAt: string | null;
        siteName: string | null;
        sourceId: string | null;
        summary: string | null;
        title: string;
        url: string;
      }[];
      /** @default [] */
      articleShares?: {
        articleId: string;
        contactId: string;
        createdAt: string;
        id: string;
        messageId: string | null;
        sharedAt: string | null;
        /** @enum {string} */
        status: 'draft' | 'sent';
      }[];
      /** @default [] */
      contacts?: {
        company: string | null;
        createdAt: string;
        email: string | null;
        howMet: string | null;
        id: string;
        /** @default null */
        keepInTouchDays?: number | null;
        /** @default null */
        keepInTouchSnoozedUntil?: string | null;
        lastInteractionAt: string | null;
        linkedinUrl: string | null;
        name: string;
        notes: string | null;
        /** @default [] */
        otherEmails?: string[];
        /** @default [] */
        otherPhones?: string[];
        phone: string | null;
        /** @enum {string} */
        relationship:
          'recruiter' | 'hiring_manager' | 'interviewer' | 'referrer' | 'peer' | 'mentor' | 'other';
        /** @default false */
        sample?: boolean;
        tags: string[];
        title: string | null;
        /** @default 0 */
        unansweredTouches?: number;
        updatedAt: string;
        /** @default [] */
        websites?: string[];
      }[];
      exportedAt: string;
      /** @default [] */
      federalApplications?: {
        agency: string | null;
        announcement: {
          agency: string | null;
          announcementNumber: string | null;
          closeDate: string | null;
          contact: {
            email: string | null;
            name: string | null;
            phone: string | null;
          } | null;
          controlNumber: string | null;
          department: string | null;
          education: string | null;
          essays: {
            question: string;
            /** @enum {string} */
            topic: 'constitution' | 'efficiency' | 'executive_orders' | 'work_ethic';
            wordLimit: number;
          }[];
          formatRules: {
            maxPages: number | null;
            minFontPoints: number | null;
            minMarginInches: number | null;
            pdfOnly: boolean;
          };
          highGrade: string | null;
          howToApply: string | null;
          keyRequirements: string[];
          location: string | null;
          lowGrade: string | null;
          openDate: string | null;
          payPlan: string | null;
          positionTitle: string;
          qualifications: string | null;
          requiredDocuments: string | null;
          series: string[];
          specializedExperience: string | null;
          summary: string | null;
          url: string | null;
          whoMayApply: string | null;
        } | null;
        announcementNumber: string | null;
        applicationId: string;
        attachedDocuments: ('dd214' | 'sf50' | 'transcript' | 'sf15' | 'va_letter')[];
        closeDate: string | null;
        controlNumber: string | null;
        createdAt: string;
        department: string | null;
        essays: {
          constitution?: string;
          efficiency?: string;
          executive_orders?: string;
          work_ethic?: string;
        };
        grade: string | null;
        openDate: string | null;
        payPlan: string | null;
        positionTitle: string;
        series: string | null;
        /** @enum {string|null} */
        status:
          | 'received'
          | 'reviewing'
          | 'referred'
          | 'not_referred'
          | 'not_selected'
          | 'selected'
          | 'cancelled'
          | null;
        updatedAt: string;
        whoMayApply: string | null;
      }[];
      federalProfile?: unknown;
      /** @default [] */
      feedSources?: {
        createdAt: string;
        etag: string | null;
        failureCount: number;
        id: string;
        lastCheckedAt: string | null;
        lastError: string | null;
        lastModified: string | null;
        lastSuccessAt: string | null;
        nextCheckAt: string;
        siteUrl: string | null;
        title: string;
        updatedAt: string;
        url: string;
      }[];
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
      letters?: {
        applicationId: string | null;
        body: string;
        createdAt: string;
        id: string;
        updatedAt: string;
        /** @enum {string} */
        visibility: 'private' | 'existence';
      }[];
      /** @default [] */
      messages?: {
        applicationId: string | null;
        body: string;
        /** @enum {string} */
        channel: 'email' | 'linkedin' | 'other';
        contactId: string | null;
        createdAt: string;
        /** @default null */
        emailMessageId?: string | null;
        id: string;
        /** @default null */
        inReplyTo?: string | null;
        /** @enum {string} */
        kind:
          | 'feedback_request'
          | 'thank_you'
          | 'keep_in_touch'
          | 'linkedin_note'
          | 'follow_up'
          | 'other';
        recipient: string | null;
        /** @default [] */
        references?: string[];
        /** @default null */
        scheduled?: {
          at: string;
          newThread: boolean;
          taskId: string | null;
        } | null;
        /** @default null */
        sendFailure?: {
          at: string;
          error: string;
        } | null;
        sentAt: string | null;
        /** @enum {string} */
        status: 'draft' | 'sent' | 'replied';
        subject: string | null;
        updatedAt: string;
      }[];
      practiceCards?: {
        action: string | null;
        answer: string | null;
        createdAt: string;
        id: string;
        question: string;
        result: string | null;
        schedule: {
          difficulty: number;
          due: string;
          elapsedDays: number;
          lapses: number;
          lastReview: string | null;
          learningSteps: number;
          reps: number;
          scheduledDays: number;
          stability: number;
          /** @enum {string} */
          state: 'new' | 'learning' | 'review' | 'relearning';
        };
        situation: string | null;
        task: string | null;
        updatedAt: string;
      }[];
      /** @default [] */
      practiceCardSources?: {
        applicationId: string;
        cardId: string;
        question: string;
        questionId: string;
      }[];
      /** @default [] */
      practiceReviews?: {
        cardId: string;
        difficulty: number;
        due: string;
        elapsedDays: number;
        id: string;
        lastElapsedDays: number;
        learningSteps: number;
        /** @enum {string} */
        rating: 'again' | 'hard' | 'good' | 'easy';
        reviewedAt: string;
        scheduledDays: number;
        stability: number;
        /** @enum {string} */
        state: 'new' | 'learning' | 'review' | 'relearning';
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
          /** @default null */
          communication?: string | null;
          /**
           * @default null
           * @enum {string|null}
           */
          feeling?: 'calm' | 'disappointed' | 'upset' | 'angry' | null;
          /** @default null */
          feelingAt?: string | null;
          /** @default null */
          feelingNote?: string | null;
          /**
           * @default null
           * @enum {string|null}
           */
          fit?: 'yes' | 'partly' | 'no' | null;
          /** @default null */
          fitWhy?: string | null;
          /** @default [] */
          forgotToHighlight?: string[];
          /** @default [] */
          hardQuestions?: {
            betterAnswer: string | null;
            id: string;
            question: string;
          }[];
          /** @default [] */
          missingSkills?: {
            label: string;
            tag: string;
          }[];
          updatedAt: string;
          /** @default null */
          wentWell?: string | null;
        } | null;
        rejectedOn: string;
        /** @default null */
        seniorRole?: boolean | null;
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
          | 'watch_announcements'
          | 'tailor_resume'
          | 'gather_documents'
          | 'answer_essays'
          | 'submit_application'
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
      /** @default [] */
      wins?: {
        applicationId: string | null;
        cardId: string | null;
        createdAt: string;
        happenedOn: string;
        id: string;
        text: string;
        updatedAt: string;
      }[];
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
