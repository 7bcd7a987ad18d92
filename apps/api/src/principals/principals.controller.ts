import type { Database } from '@closeloop/db';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Kysely } from 'kysely';
import { generateApiKey } from '../common/auth/api-key';
import { CurrentCaller } from '../common/auth/caller.decorator';
import type { Caller } from '../common/auth/principal';
import { Roles } from '../common/auth/roles.decorator';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { decodeUuidCursor, encodeUuidCursor } from '../common/validation/keyset-cursors';
import { type Page, UuidKeyPageQuery } from '../common/validation/pagination';
import { assertPrincipalUnits } from './principal-units';
import { CreatePrincipalDto, PrincipalDto, PrincipalPageDto, PrincipalWithKeyDto } from './principal.dto';
import { findPrincipal, insertPrincipal, listPrincipals, replaceKey, revokePrincipal } from './principals.store';

const notFound = (id: string) => ProblemException.of('not-found', `no principal ${id}`);

/**
 * API keys: integrators and systems with a role and a scope (people sign in instead: /v1/people, and are not
 * principals here). A key is shown once, when it is made (creation, rotation), and stored only as its SHA-256.
 * These writes are deliberately not @Idempotent: a replay would have to store the key itself.
 */
@ApiTags('principals')
@ApiBearerAuth()
@Controller('v1/principals')
export class PrincipalsController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'createPrincipal', summary: 'Create a principal with an API key' })
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: PrincipalWithKeyDto, description: 'the principal with its API key, shown this once' })
  async create(@Body() body: CreatePrincipalDto, @Res({ passthrough: true }) response: Response): Promise<PrincipalWithKeyDto> {
    await assertPrincipalUnits(this.db, body.role, body.unitIds);
    const key = generateApiKey();
    const created = await insertPrincipal(this.db, { name: body.name.trim(), role: body.role, unitIds: body.unitIds }, key);
    response.location(`/v1/principals/${created.id}`).setHeader('Cache-Control', 'no-store');
    return { ...created, key };
  }

  @ApiOperation({ operationId: 'listPrincipals', summary: 'List principals' })
  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: PrincipalPageDto, description: 'a page of principals ordered by id (never their keys)' })
  async list(@Query() query: UuidKeyPageQuery): Promise<Page<PrincipalDto>> {
    const limit = query.limit ?? 100;
    const items = await listPrincipals(this.db, decodeUuidCursor(query.cursor), limit);
    return { items, nextCursor: items.length === limit ? encodeUuidCursor(items[items.length - 1].id) : null };
  }

  @ApiOperation({ operationId: 'getPrincipal', summary: 'Get a principal' })
  @Get(':id')
  @ApiOkResponse({ type: PrincipalDto, description: 'an admin sees any principal, anyone else only itself (404 for the others)' })
  async get(@Param('id') id: string, @CurrentCaller() { principal: caller }: Caller): Promise<PrincipalDto> {
    const found = caller.role === 'admin' || caller.id === id ? await findPrincipal(this.db, id) : undefined;
    if (!found) throw notFound(id);
    return found;
  }

  @ApiOperation({ operationId: 'revokePrincipal', summary: 'Revoke a principal and its key' })
  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiNoContentResponse({ description: 'revoked: its key stops working at once (revoking again keeps the first time)' })
  async revoke(@Param('id') id: string): Promise<void> {
    if (!(await revokePrincipal(this.db, id))) throw notFound(id);
  }

  @ApiOperation({ operationId: 'rotatePrincipalKey', summary: "Rotate a principal's API key" })
  @Post(':id/key')
  @HttpCode(200)
  @ApiOkResponse({ type: PrincipalWithKeyDto, description: 'a new key, shown this once; the old one stops working at once' })
  async rotate(
    @Param('id') id: string,
    @CurrentCaller() { principal: caller }: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PrincipalWithKeyDto> {
    if (caller.role !== 'admin' && caller.id !== id) throw notFound(id);
    const key = generateApiKey();
    const rotated = await replaceKey(this.db, id, key);
    if (!rotated) {
      if (await findPrincipal(this.db, id)) throw ProblemException.of('principal-revoked', `principal ${id} is revoked; create a new one`);
      throw notFound(id);
    }
    response.setHeader('Cache-Control', 'no-store');
    return { ...rotated, key };
  }
}
