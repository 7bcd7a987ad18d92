import type { Database } from '@closeloop/db';
import { Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { API_CONFIG, type ApiConfig, DB } from '../../common/tokens';
import { OIDC_SIGN_IN_METHOD, type OidcSignInMethod } from '../oidc-sign-in-method';
import { OidcRelyingParty } from './oidc-relying-party';

/**
 * The OIDC relying party for the session module's /v1/session/oidc operations, configured by ApiConfig.oidc, and the
 * sign-in method the sign-in page offers (none without a configuration).
 */
@Module({
  providers: [
    {
      provide: OidcRelyingParty,
      inject: [DB, API_CONFIG],
      useFactory: (db: Kysely<Database>, config: ApiConfig) => new OidcRelyingParty(db, config.oidc),
    },
    {
      provide: OIDC_SIGN_IN_METHOD,
      inject: [OidcRelyingParty],
      useFactory: (oidc: OidcRelyingParty): OidcSignInMethod | undefined => (oidc.label ? { label: oidc.label } : undefined),
    },
  ],
  exports: [OidcRelyingParty, OIDC_SIGN_IN_METHOD],
})
export class OidcModule {}
