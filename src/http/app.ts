import { Hono, type MiddlewareHandler } from 'hono';
import { createApi, type ApiOptions } from './api';
import { CALENDAR_FEED_PATH, createCalendarFeedRoutes } from './calendar-feed';
import { routeNotFound } from './errors';
import { renderHomePage } from './home-page';
import { hostGuard } from './host-guard';

export interface AppOptions extends ApiOptions {
  /** Serves the built web app, when there is one; supplied by the runtime adapter. */
  webAssets?: MiddlewareHandler;
  /** Host names the server answers to; every other Host header is refused. Unset: any host. */
  allowedHosts?: readonly string[];
}

/** The whole HTTP surface: the API under /api and the web app (or a home page) elsewhere. */
export function createApp(options: AppOptions) {
  const api = createApi(options);
  const app = new Hono();
  if (options.allowedHosts) app.use('*', hostGuard(options.allowedHosts));
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
