import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/** Honour `Idempotency-Key` on this write. */
export const Idempotent = () => applyDecorators(UseInterceptors(IdempotencyInterceptor));
