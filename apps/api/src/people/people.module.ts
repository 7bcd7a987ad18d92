import { Module } from '@nestjs/common';
import { SessionModule } from '../session/session.module';
import { InvitationsController } from './invitations.controller';
import { PeopleController } from './people.controller';

@Module({ imports: [SessionModule], controllers: [PeopleController, InvitationsController] })
export class PeopleModule {}
