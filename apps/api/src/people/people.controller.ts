import type { Database } from '@closeloop/db';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { decodeUuidCursor, encodeUuidCursor } from '../common/validation/keyset-cursors';
import { type Page, UuidKeyPageQuery } from '../common/validation/pagination';
import { assertPrincipalUnits } from '../principals/principal-units';
import { issueInvitation } from './invitations.store';
import { CreatePersonDto, InvitationDto, PersonDto, PersonPageDto, PersonWithInvitationDto } from './person.dto';
import { disablePerson, enablePerson, findPerson, insertPerson, listPeople } from './people.store';

const notFound = (id: string) => ProblemException.of('not-found', `no person ${id}`);

/** PostgreSQL's unique violation on one of the principals' unique columns. */
const uniqueViolationOn = (error: unknown, constraint: string): boolean =>
  (error as { code?: string; constraint?: string }).code === '23505' && (error as { constraint?: string }).constraint === constraint;

/**
 * People who sign in (department staff, supervisors, leaders, plan offices): created by an admin, who hands them a
 * one-time invitation link to set a password; disabled and enabled again. A person acts exactly as an API key of
 * the same role and units would. The invitation is shown once, so these writes are not @Idempotent.
 */
@ApiTags('people')
@Controller('v1/people')
export class PeopleController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'createPerson', summary: 'Create a person and an invitation link' })
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: PersonWithInvitationDto, description: 'the person, and the invitation link shown this once' })
  async create(
    @Body() body: CreatePersonDto,
    @CurrentCaller() { principal: caller }: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PersonWithInvitationDto> {
    await assertPrincipalUnits(this.db, body.role, body.unitIds);
    const id = await this.insert(body);
    const invitation = await issueInvitation(this.db, id, caller.id);
    response.location(`/v1/people/${id}`).setHeader('Cache-Control', 'no-store');
    return { ...(await findPerson(this.db, id))!, invitation };
  }

  @ApiOperation({ operationId: 'listPeople', summary: 'List people' })
  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: PersonPageDto, description: 'a page of people ordered by id' })
  async list(@Query() query: UuidKeyPageQuery): Promise<Page<PersonDto>> {
    const limit = query.limit ?? 100;
    const items = await listPeople(this.db, decodeUuidCursor(query.cursor), limit);
    return { items, nextCursor: items.length === limit ? encodeUuidCursor(items[items.length - 1].id) : null };
  }

  @ApiOperation({ operationId: 'getPerson', summary: 'Get a person' })
  @Get(':id')
  @ApiOkResponse({ type: PersonDto, description: 'an admin sees anyone, a person only themself (404 for the others)' })
  async get(@Param('id') id: string, @CurrentCaller() { principal: caller }: Caller): Promise<PersonDto> {
    const found = caller.role === 'admin' || caller.id === id ? await findPerson(this.db, id) : undefined;
    if (!found) throw notFound(id);
    return found;
  }

  @ApiOperation({ operationId: 'invitePerson', summary: 'A new invitation link (re-invite, reset the password)' })
  @Post(':id/invitations')
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: InvitationDto, description: 'a new one-time link, shown this once; the earlier links stop working' })
  async invite(
    @Param('id') id: string,
    @CurrentCaller() { principal: caller }: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<InvitationDto> {
    const person = await findPerson(this.db, id);
    if (!person) throw notFound(id);
    if (person.disabledAt) throw ProblemException.of('person-disabled', `${person.login} is disabled: enable them first`);
    response.setHeader('Cache-Control', 'no-store');
    return issueInvitation(this.db, id, caller.id);
  }

  @ApiOperation({ operationId: 'disablePerson', summary: 'Disable a person' })
  @Post(':id/disable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: PersonDto, description: 'disabled: every session of theirs ends at once and they cannot sign in' })
  async disable(@Param('id') id: string): Promise<PersonDto> {
    if (!(await disablePerson(this.db, id))) throw notFound(id);
    return (await findPerson(this.db, id))!;
  }

  @ApiOperation({ operationId: 'enablePerson', summary: 'Enable a person again' })
  @Post(':id/enable')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: PersonDto, description: 'they may sign in again (with their password, or a new invitation)' })
  async enable(@Param('id') id: string): Promise<PersonDto> {
    if (!(await enablePerson(this.db, id))) throw notFound(id);
    return (await findPerson(this.db, id))!;
  }

  private async insert(body: CreatePersonDto): Promise<string> {
    try {
      return await insertPerson(this.db, {
        name: body.name.trim(),
        login: body.login,
        role: body.role,
        unitIds: body.unitIds,
        oidcSubject: body.oidcSubject,
      });
    } catch (error) {
      if (uniqueViolationOn(error, 'principals_login_key')) throw ProblemException.of('login-taken', `the login ${body.login} is taken`);
      if (uniqueViolationOn(error, 'principals_oidc_subject_key')) {
        throw ProblemException.of('oidc-subject-taken', 'another person signs in with this OIDC subject');
      }
      throw error;
    }
  }
}
