/** Handlers of the "app" API area. */
import type { AreaHandlers } from '../handler-types.ts';
import type { BackendServices } from '../services.ts';

/** Builds the app handlers. */
export function appHandlers(services: BackendServices): AreaHandlers<'app.info'> {
  return {
    'app.info': async (_request, context) => ({
      ...services.appInfo,
      transport: context.transport,
      documentsDir: services.documentsDir,
    }),
  };
}
