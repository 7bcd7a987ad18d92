import type { Database } from '@closeloop/db';
import { Module } from '@nestjs/common';
import type { Kysely } from 'kysely';
import { DB } from '../common/tokens';
import { OidcModule } from './oidc/oidc.module';
import { OidcSignInController } from './oidc/oidc-sign-in.controller';
import { SessionController } from './session.controller';
import { SessionService } from './sessions.service';
import { SignInService } from './sign-in.service';
import { SignInThrottle } from './sign-in-throttle';

/**
 * People's sessions. Exports SessionService (`startSession`) and SignInService (`personForOidcSubject`) for the
 * invitation's acceptance and the OIDC callback.
 */
@Module({
  imports: [OidcModule],
  controllers: [SessionController, OidcSignInController],
  providers: [
    SessionService,
    SignInService,
    { provide: SignInThrottle, inject: [DB], useFactory: (db: Kysely<Database>) => new SignInThrottle(db) },
  ],
  exports: [SessionService, SignInService],
})
export class SessionModule {}
