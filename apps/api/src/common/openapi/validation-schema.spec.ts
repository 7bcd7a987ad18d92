import 'reflect-metadata';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Required } from '../validation/required.decorator';
import { applyValidationRules } from './validation-schema';

class SpecWidgetDto {
  @Matches(/^\d{4}$/)
  @IsString()
  @Required()
  code!: string;

  @IsOptional()
  @MaxLength(10)
  @IsNotEmpty()
  @IsString()
  note?: string;

  @IsOptional()
  @IsIn(['a', 'b'])
  kind?: string;
}

describe('applyValidationRules', () => {
  it('states the class-validator rules of a request DTO in its component schema', () => {
    void SpecWidgetDto;
    const doc = {
      components: {
        schemas: {
          SpecWidgetDto: { type: 'object', properties: { code: { type: 'string' }, note: { type: 'string' }, kind: { type: 'string' } } },
        },
      },
      paths: {},
    };
    applyValidationRules(doc, new Map());
    expect(doc.components.schemas.SpecWidgetDto).toEqual({
      type: 'object',
      properties: {
        code: { type: 'string', pattern: '^[0-9]{4}$' },
        note: { type: ['string', 'null'], minLength: 1, maxLength: 10 },
        kind: { type: ['string', 'null'], enum: ['a', 'b', null] },
      },
      required: ['code'],
      additionalProperties: false,
    });
  });
});
