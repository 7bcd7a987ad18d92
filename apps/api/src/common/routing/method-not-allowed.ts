import { Injectable, type OnModuleInit, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, HttpAdapterHost, MetadataScanner } from '@nestjs/core';
import type { Express, NextFunction, Request, Response } from 'express';
import { ProblemException } from '../problem/problem.exception';

const methodOrder = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** The controllers' routes as Nest maps them: `/v1/items/:id` → its methods (HEAD wherever GET is). */
export function controllerRoutes(discovery: DiscoveryService, scanner: MetadataScanner): Map<string, string[]> {
  const routes = new Map<string, Set<string>>();
  for (const wrapper of discovery.getControllers()) {
    const type = wrapper.metatype;
    if (!type || !wrapper.instance) continue;
    const prototype = Object.getPrototypeOf(wrapper.instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      for (const path of paths(Reflect.getMetadata(PATH_METADATA, type), Reflect.getMetadata(PATH_METADATA, handler))) {
        const methods = routes.get(path) ?? routes.set(path, new Set()).get(path)!;
        methods.add(RequestMethod[method]);
        if (method === RequestMethod.GET) methods.add('HEAD');
      }
    }
  }
  const rank = (m: string) => (methodOrder.includes(m) ? methodOrder.indexOf(m) : methodOrder.length);
  return new Map([...routes].map(([path, methods]) => [path, [...methods].sort((a, b) => rank(a) - rank(b))]));
}

/** The controller's and the handler's paths joined as Nest joins them (no global prefix, no versions here). */
function paths(controller: string | string[] | undefined, handler: string | string[] | undefined): string[] {
  const list = (p: string | string[] | undefined) => (Array.isArray(p) ? p : [p ?? '']);
  const trim = (p: string) => p.replace(/^\/+|\/+$/g, '');
  return list(controller).flatMap((c) => list(handler).map((h) => `/${[trim(c), trim(h)].filter(Boolean).join('/')}`));
}

/**
 * 405 `/problems/method-not-allowed` with `Allow` for a known path asked with a method it does not serve (Express
 * alone answers those 404, as for an unknown path). For each path the controllers serve, a catch-all is added to
 * Nest's router behind the real routes, so Express's own matching decides: a served method never reaches it.
 * `onModuleInit` is the moment: Nest has registered the routes and not yet its 404 and error handlers.
 */
@Injectable()
export class MethodNotAllowed implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    for (const [path, methods] of controllerRoutes(this.discovery, this.scanner)) {
      const allow = methods.join(', ');
      this.adapterHost.httpAdapter.getInstance<Express>().all(path, (request: Request, response: Response, next: NextFunction) => {
        response.setHeader('Allow', allow);
        // Nest's error handler, hence the ProblemFilter, writes the problem.
        next(ProblemException.of('method-not-allowed', `${request.method} is not served here; allowed: ${allow}`));
      });
    }
  }
}
