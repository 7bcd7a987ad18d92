import { Module } from '@nestjs/common';
import { CalendarReplans } from './calendar-replans';
import { CalendarController } from './calendar.controller';

@Module({ controllers: [CalendarController], providers: [CalendarReplans] })
export class CalendarModule {}
