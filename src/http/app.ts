import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createApi, type ApiOptions } from './api';
import { CALENDAR_FEED_PATH, createCalendarFeedRoutes } from './calendar-feed';
import { DIGEST_UNSUBSCRIBE_PATH } from '../use-cases/team/digests';
import { crossSiteGuard } from './cross-site-guard';
import { routeNotFound } from './errors';
import { renderHomePage } from './home-page';
import { hostGuard } from './host-guard';

export interface AppOptions extends ApiOptions {
  /** Serves the built web app, when there is one; supplied by the runtime adapter. */
  webAssets?: MiddlewareHandler;
  /** Host names the server answers to; every other Host header is refused. Unset: any host. */
  allowedHosts?: readonly string[];
}

/**
 * The whole HTTP surface: the API under /api and the web app (or a home page) elsewhere. Every
 * response carries the usual protective headers (`nosniff`, no framing by other sites); requests
 * for another host name and changes sent from another site are refused before any route runs.
 */
export function createApp(options: AppOptions) {
  const api = createApi(options);
  const app = new Hono();
  // HSTS is left to whoever serves Rebound over https; handlers' own headers win.
  app.use('*', secureHeaders({ strictTransportSecurity: false, overwrite: false }));
  if (options.allowedHosts) app.use('*', hostGuard(options.allowedHosts));
  app.use(
    '*',
    crossSiteGuard({
      trustProxy: options.trustProxy === true,
      requireMarker: options.team !== undefined,
      ...(options.team && { unmarkedPaths: [DIGEST_UNSUBSCRIBE_PATH] }),
    }),
  );
  app.route('/api', api);
  app.all('/api/*', routeNotFound);
  app.route(CALENDAR_FEED_PATH, createCalendarFeedRoutes(options));
  if (options.webAssets) {
    app.use('*', options.webAssets);
  } else {
    app.get('/', (c) => c.html(renderHomePage()));
  }
  return { app, api };
}

export type ReboundApi = ReturnType<typeof createApi>;
