import type { Database } from '@closeloop/db';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Kysely } from 'kysely';
import { Public } from '../common/auth/public.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { SessionDto } from '../session/session.dto';
import { SessionService } from '../session/sessions.service';
import { hashPassword } from '../session/passwords';
import { passwordProblem } from './password-rules';
import { AcceptInvitationDto, InvitationInfoDto } from './person.dto';
import { acceptInvitation, findOpenInvitation } from './invitations.store';

const invalid = () => ProblemException.of('invitation-invalid', 'this invitation link is unknown, used or expired: ask for a new one');

/** The one-time links people set their password with: public, the token is the credential. */
@ApiTags('people')
@Controller('v1/invitations')
@Public()
export class InvitationsController {
  constructor(
    @Inject(DB) private readonly db: Kysely<Database>,
    private readonly sessions: SessionService,
  ) {}

  @ApiOperation({ operationId: 'getInvitation', summary: 'What an invitation link is for' })
  @Get(':token')
  @ApiOkResponse({
    type: InvitationInfoDto,
    description: 'whom the link invites; 404 `/problems/invitation-invalid` when unknown, used or expired',
  })
  async get(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<InvitationInfoDto> {
    const invitation = await findOpenInvitation(this.db, token);
    if (!invitation) throw invalid();
    response.setHeader('Cache-Control', 'no-store');
    return { name: invitation.name, login: invitation.login, expiresAt: invitation.expiresAt.toISOString() };
  }

  @ApiOperation({ operationId: 'acceptInvitation', summary: 'Set a password with an invitation link, and sign in' })
  @Post(':token/acceptance')
  @HttpCode(200)
  @ApiOkResponse({
    type: SessionDto,
    description:
      'the password is set, the link used up, the person signed in (`Set-Cookie` as `signIn`) and signed out everywhere else; 422 `/problems/weak-password` names `password`',
  })
  async accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionDto> {
    const invitation = await findOpenInvitation(this.db, token);
    if (!invitation) throw invalid();
    const problem = passwordProblem(body.password, invitation.login);
    if (problem) throw ProblemException.of('weak-password', problem, [{ field: 'password', message: problem }]);
    const principalId = await acceptInvitation(this.db, token, await hashPassword(body.password));
    if (!principalId) throw invalid();
    return this.sessions.startSession(principalId, request, response);
  }
}
