import { Body, Controller, Delete, Get, HttpCode, Inject, Optional, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentCaller, CurrentSession } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { Public } from '../common/auth/public.decorator';
import type { RequestSession } from '../common/auth/sessions.repository';
import { ApiProblems } from '../common/openapi/extra-problems';
import { ProblemException } from '../common/problem/problem.exception';
import { OIDC_SIGN_IN_METHOD, type OidcSignInMethod } from './oidc-sign-in-method';
import { SessionDto, SignInDto, SignInMethodsDto } from './session.dto';
import { SessionService } from './sessions.service';
import { SignInService } from './sign-in.service';

/** One answer for every failed sign-in, so that it tells nothing about which logins exist. */
export const SIGN_IN_FAILED = '账号或密码不正确';

/**
 * A person's session: sign in (a cookie), who is signed in (with the CSRF token the web app sends back), sign out
 * here or everywhere. The session operations take the cookie only: an API key has no session.
 */
@ApiTags('session')
@Controller('v1')
export class SessionController {
  constructor(
    private readonly sessions: SessionService,
    private readonly signIns: SignInService,
    @Optional() @Inject(OIDC_SIGN_IN_METHOD) private readonly oidc?: OidcSignInMethod,
  ) {}

  @ApiOperation({ operationId: 'getSignInMethods', summary: 'How people may sign in' })
  @Get('session/methods')
  @Public()
  @ApiOkResponse({ type: SignInMethodsDto, description: 'login and password always; single sign-on (OIDC) when configured' })
  methods(): SignInMethodsDto {
    return { local: true, oidc: this.oidc ? { label: this.oidc.label } : null };
  }

  @ApiOperation({ operationId: 'signIn', summary: 'Sign in with login and password' })
  @Post('session')
  @HttpCode(200)
  @Public()
  @ApiProblems(401)
  @ApiOkResponse({
    type: SessionDto,
    description:
      'signed in: `Set-Cookie: closeloop_session=…; HttpOnly; SameSite=Lax; Path=/` (and `Secure` over https). 401 `/problems/sign-in-failed` for any failure; 429 `/problems/sign-in-throttled` after 5 failures of a login (15 min) or 50 from an address in an hour',
  })
  async signIn(@Body() body: SignInDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionDto> {
    const outcome = await this.signIns.signIn(body.login, body.password, request.ip ?? 'unknown');
    if ('retryAfter' in outcome) {
      response.setHeader('Retry-After', String(outcome.retryAfter));
      throw ProblemException.of('sign-in-throttled', `too many failed sign-ins: try again in ${outcome.retryAfter} s`);
    }
    if ('failed' in outcome) throw ProblemException.of('sign-in-failed', SIGN_IN_FAILED);
    return this.sessions.startSession(outcome.signedIn, request, response);
  }

  @ApiOperation({ operationId: 'getSession', summary: 'Who is signed in' })
  @Get('session')
  @ApiCookieAuth('session')
  @ApiOkResponse({ type: SessionDto, description: 'the person signed in with this cookie, the CSRF token, and when the session ends' })
  async get(
    @CurrentSession() session: RequestSession,
    @CurrentCaller() { principal }: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionDto> {
    response.setHeader('Cache-Control', 'no-store');
    return this.sessions.view(principal.id, session);
  }

  @ApiOperation({ operationId: 'signOut', summary: 'Sign out' })
  @Delete('session')
  @HttpCode(204)
  @ApiCookieAuth('session')
  @ApiNoContentResponse({ description: 'this session has ended and the cookie is cleared' })
  async signOut(
    @CurrentSession() session: RequestSession,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.endSession(session, request, response);
  }

  @ApiOperation({ operationId: 'signOutEverywhere', summary: 'Sign out everywhere' })
  @Delete('sessions')
  @HttpCode(204)
  @ApiCookieAuth('session')
  @ApiNoContentResponse({ description: 'every session of the person has ended (on every device), and this cookie is cleared' })
  async signOutEverywhere(
    @CurrentSession() _session: RequestSession,
    @CurrentCaller() { principal }: Caller,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.sessions.endEverySession(principal.id, request, response);
  }
}
