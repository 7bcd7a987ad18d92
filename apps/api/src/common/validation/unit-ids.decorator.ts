import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsString, Matches } from 'class-validator';
import { UNIT_ID } from './patterns';
import { Required } from './required.decorator';

/** The units a principal (a key or a person) acts for: required, each a unit id, none twice, at most 100. */
export const UnitIds = (description: string) =>
  applyDecorators(
    ApiProperty({ type: [String], example: ['hhht-water'], description }),
    ArrayUnique({ message: 'unitIds must not repeat a unit' }),
    ArrayMaxSize(100),
    Matches(UNIT_ID, { each: true, message: 'unitIds must be unit ids (1-64 lowercase letters, digits or dashes)' }),
    IsString({ each: true }),
    IsArray(),
    Required(),
  );
