import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** apps/web/dist beside this app: from apps/api/src/common/web (sources) or apps/api/dist/common/web (built). */
export const defaultWebAppDir = (): string => path.resolve(__dirname, '../../../../web/dist');

/** The API's own paths: never the web app's, whatever they answer (404/405 problems stay the API's). */
const apiPath = /^\/(v1|docs|openapi\.json|healthz|readyz|metrics)(\/|$)/;

/** Hashed by Vite (`/assets/index-B1a2c3.js`): the name changes with the content, so they never go stale. */
const ASSETS = '/assets/';

/**
 * The page's own scripts and styles only; inline styles because antd writes its CSS-in-JS into <style> elements.
 * Never framed (clickjacking); forms post only here.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The built web app (apps/web/dist) at `/`: its files as they are, and index.html for every other GET or HEAD
 * outside the API's paths, so that a client-side route (`/items/123`, `/sign-in`) loads the app. Hashed assets are
 * cached for a year as immutable; index.html is revalidated every time (no-cache), so a deploy shows at once.
 * A missing asset, or a path with a file extension that does not exist, is left to the API (a 404 problem).
 * Undefined when the folder has no index.html (the app was not built): the API then serves no pages.
 */
export function webApp(dir: string): RequestHandler | undefined {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return undefined;
  const noCache = (response: Response) => response.setHeader('Cache-Control', 'no-cache');
  const files = express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (response, file) => {
      if (path.relative(dir, file).startsWith(`assets${path.sep}`)) {
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      } else noCache(response);
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || apiPath.test(request.path)) return next();
    files(request, response, () => {
      if (request.path.startsWith(ASSETS) || path.posix.extname(request.path) !== '') return next();
      noCache(response);
      response.setHeader('Content-Security-Policy', PAGE_POLICY);
      response.type('html').sendFile(index, (error?: Error) => error && next(error));
    });
  };
}
