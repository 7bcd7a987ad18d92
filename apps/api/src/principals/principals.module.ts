import { Module } from '@nestjs/common';
import { PrincipalsController } from './principals.controller';

@Module({ controllers: [PrincipalsController] })
export class PrincipalsModule {}
