import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'closeloop:public';
/** No API key needed (health, OpenAPI). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
