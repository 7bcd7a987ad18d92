import { type INestApplication, type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { type ApiDependencies, AppModule } from './app.module';
import { JsonLogger, type LogSink } from './common/logging/json-logger';
import { requestLog } from './common/logging/request-log.middleware';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { Metrics } from './metrics/metrics';
import { createOpenApiDocument } from './common/openapi/openapi-document';
import { rateLimitFromEnv } from './common/rate-limit/rate-limit.guard';
import { requestId } from './common/request-id/request-id.middleware';
import { unsupportedMediaType } from './common/routing/unsupported-media-type.middleware';
import { rejectNulBytes } from './common/validation/reject-nul.middleware';
import { validationProblem } from './common/validation/validation-problem';
import { defaultWebAppDir, webApp } from './common/web/web-app';

export interface CreateAppOptions {
  /** Levels Nest and the request log write (JSON lines); `false` for none. Request lines are at `log`. */
  logger?: LogLevel[] | false;
  /** Where log lines go (default stdout). */
  logSink?: LogSink;
  /** Requests a minute per API key (or per address without one); default `RATE_LIMIT_PER_MINUTE` or 600. */
  rateLimitPerMinute?: number;
  /** JSON body limit (default 1 MB); larger bodies are 413. */
  jsonBodyLimit?: string;
  /** The built web app served at `/` (default apps/web/dist beside the API); `false` serves none. */
  webAppDir?: string | false;
}

export async function createApp(dependencies: ApiDependencies, options: CreateAppOptions = {}): Promise<INestApplication> {
  const logger = new JsonLogger(options.logger === false ? [] : (options.logger ?? ['error', 'warn', 'log']), options.logSink);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(dependencies, { rateLimitPerMinute: options.rateLimitPerMinute ?? rateLimitFromEnv() }),
    { logger, bodyParser: false },
  );
  app.use(requestId);
  app.use(requestLog(logger));
  app.use(httpMetrics(app.get(Metrics)));
  const pages = options.webAppDir === false ? undefined : webApp(options.webAppDir ?? defaultWebAppDir());
  if (pages) app.use(pages);
  app.useBodyParser('json', { limit: options.jsonBodyLimit ?? '1mb' });
  app.use(rejectNulBytes);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: true,
      exceptionFactory: validationProblem,
    }),
  );
  const document = createOpenApiDocument(app);
  app.use(unsupportedMediaType(document.paths));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
  app.enableShutdownHooks();
  return app;
}

export { createOpenApiDocument } from './common/openapi/openapi-document';
export { generateOpenApiDocument } from './common/openapi/generate';
