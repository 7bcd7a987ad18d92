import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../common/auth/public.decorator';
import { ApiProblems } from '../../common/openapi/extra-problems';
import { ProblemException } from '../../common/problem/problem.exception';
import { SessionService } from '../sessions.service';
import { SignInService } from '../sign-in.service';
import { OidcRelyingParty } from './oidc-relying-party';
import { clearedOidcStateCookie, oidcStateCookie, oidcStateFrom } from './oidc-state-cookie';

const location = { Location: { description: 'where the browser goes next', schema: { type: 'string' } } };
type SignInError = 'oidc-refused' | 'oidc-unavailable' | 'unknown-person';
const toSignIn = (error: SignInError) => `/sign-in?error=${error}`;

/**
 * Single sign-on (统一身份认证): the browser goes to the provider and comes back to the callback, which signs in the
 * person linked to the provider's subject. Every failure lands on the sign-in page with a reason it can show.
 */
@ApiTags('session')
@Controller('v1/session/oidc')
export class OidcSignInController {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly oidc: OidcRelyingParty,
    private readonly signIns: SignInService,
    private readonly sessions: SessionService,
  ) {}

  @ApiOperation({ operationId: 'startOidcSignIn', summary: 'Sign in at the OIDC provider (统一身份认证): a redirect to it' })
  @ApiFoundResponse({
    description:
      'to the provider (authorization code + PKCE S256, state, nonce), with the state cookie; to /sign-in?error=oidc-unavailable when the provider cannot be reached',
    headers: location,
  })
  @ApiProblems(404)
  @Public()
  @Get()
  async start(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.assertConfigured();
    const begun = await this.oidc.begin();
    response.setHeader('Cache-Control', 'no-store');
    if (!begun.ok) return response.redirect(302, toSignIn('oidc-unavailable'));
    response.append('Set-Cookie', oidcStateCookie(begun.state, this.sessions.secure(request)));
    response.redirect(302, begun.redirectUrl);
  }

  @ApiOperation({ operationId: 'finishOidcSignIn', summary: "The OIDC provider's redirect back: signs the person in" })
  @ApiFoundResponse({
    description:
      'to / with the session cookie; to /sign-in?error=oidc-refused (refused, cancelled, bad state), /sign-in?error=unknown-person (the subject is linked to no enabled person) or /sign-in?error=oidc-unavailable',
    headers: location,
  })
  @ApiProblems(404)
  @Public()
  @Get('callback')
  async finish(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.assertConfigured();
    response.setHeader('Cache-Control', 'no-store');
    response.append('Set-Cookie', clearedOidcStateCookie(this.sessions.secure(request)));
    const query = request.originalUrl.split('?')[1] ?? '';
    const finished = await this.oidc.finish(query, oidcStateFrom(request.header('cookie')));
    if (!finished.ok) return response.redirect(302, toSignIn(finished.reason === 'refused' ? 'oidc-refused' : 'oidc-unavailable'));
    const { subject, name } = finished.identity;
    const personId = await this.signIns.personForOidcSubject(subject);
    if (!personId) {
      this.logger.warn(`OIDC sign-in by a subject linked to no enabled person: ${subject} (${name ?? 'no name'})`);
      return response.redirect(302, toSignIn('unknown-person'));
    }
    await this.sessions.startSession(personId, request, response);
    response.redirect(302, '/');
  }

  private assertConfigured(): void {
    if (!this.oidc.isConfigured()) throw ProblemException.of('not-found', 'single sign-on (OIDC) is not configured');
  }
}
