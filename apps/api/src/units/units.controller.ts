import type { Database } from '@closeloop/db';
import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { Roles } from '../common/auth/roles.decorator';
import { decodeTextCursor, encodeTextCursor } from '../common/validation/keyset-cursors';
import { type Page, TextKeyPageQuery } from '../common/validation/pagination';
import { ProblemException } from '../common/problem/problem.exception';
import { DB } from '../common/tokens';
import { CreateUnitDto, UnitDto } from './unit.dto';
import { existingUnitIds, insertUnit, listUnits } from './units.repository';
import { schemaRef } from '../common/openapi/response-schemas';

@ApiTags('units')
@ApiBearerAuth()
@Controller('v1/units')
export class UnitsController {
  constructor(@Inject(DB) private readonly db: Kysely<Database>) {}

  @ApiOperation({ operationId: 'createUnit', summary: 'Create a unit (单位)' })
  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiCreatedResponse({ type: UnitDto })
  async create(@Body() body: CreateUnitDto): Promise<UnitDto> {
    const parentId = body.parentId ?? null;
    if (parentId && !(await existingUnitIds(this.db, [parentId])).has(parentId)) {
      throw ProblemException.of('unknown-unit', `parent unit ${parentId} does not exist`, [
        { field: 'parentId', message: `unit ${parentId} does not exist` },
      ]);
    }
    const created = await insertUnit(this.db, { ...body, parentId });
    if (!created) throw ProblemException.of('unit-exists', `unit ${body.id} already exists`);
    return created;
  }

  @ApiOperation({ operationId: 'listUnits', summary: 'List units' })
  @Get()
  @ApiOkResponse({
    schema: schemaRef('UnitPage'),
    description: 'a page of units ordered by id: the organisation is public to every caller (its names label items, timelines and reports)',
  })
  async list(@Query() query: TextKeyPageQuery): Promise<Page<UnitDto>> {
    const limit = query.limit ?? 100;
    const items = await listUnits(this.db, decodeTextCursor(query.cursor), limit);
    return { items, nextCursor: items.length === limit ? encodeTextCursor(items[items.length - 1].id) : null };
  }
}
