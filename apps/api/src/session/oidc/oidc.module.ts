import type { Database } from '@closeloop/db';
import { Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { API_CONFIG, type ApiConfig, DB } from '../../common/tokens';
import { OidcRelyingParty } from './oidc-relying-party';

/** The OIDC relying party for the session module's /v1/session/oidc operations; configured by ApiConfig.oidc. */
@Module({
  providers: [
    {
      provide: OidcRelyingParty,
      inject: [DB, API_CONFIG],
      useFactory: (db: Kysely<Database>, config: ApiConfig) => new OidcRelyingParty(db, config.oidc),
    },
  ],
  exports: [OidcRelyingParty],
})
export class OidcModule {}
