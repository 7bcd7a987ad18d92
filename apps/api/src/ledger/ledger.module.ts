import { Module } from '@nestjs/common';
import { ItemsModule } from '../items/items.module';
import { LedgerImport } from './ledger-import';
import { LedgerController } from './ledger.controller';

/** A plan's ledger (台账) as a spreadsheet: the import files items through ItemFiling, the export streams them. */
@Module({ imports: [ItemsModule], controllers: [LedgerController], providers: [LedgerImport] })
export class LedgerModule {}
