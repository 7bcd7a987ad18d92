import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CURSOR_MESSAGE, TEXT_CURSOR, TIME_ID_CURSOR, UUID_CURSOR } from './keyset-cursors';

/** Decimal digits only: `Number()` would also read `0x10`, `1e2`, ` 7` and `0b1`, which the document's integer is not. */
const decimal = ({ value }: { value: unknown }) => (typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : value);

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(decimal)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

const cursorDescription =
  "the previous page's nextCursor (opaque: any string of this shape names a position, and the page is what follows it)";

/** Lists ordered by a text key (units by id). */
export class TextKeyPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: cursorDescription })
  @IsOptional()
  @Matches(TEXT_CURSOR, { message: CURSOR_MESSAGE })
  cursor?: string;
}

/** Lists ordered by a UUID key (principals by id). */
export class UuidKeyPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: cursorDescription })
  @IsOptional()
  @Matches(UUID_CURSOR, { message: CURSOR_MESSAGE })
  cursor?: string;
}

/** Lists ordered by a time and an id (items, the inbox, webhook subscriptions and deliveries). */
export class TimeKeyPageQuery extends PageQuery {
  @ApiPropertyOptional({ description: cursorDescription })
  @IsOptional()
  @Matches(TIME_ID_CURSOR, { message: CURSOR_MESSAGE })
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
