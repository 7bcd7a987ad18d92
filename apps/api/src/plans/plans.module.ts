import { Module } from '@nestjs/common';
import { PlanCockpitController } from './plan-cockpit.controller';
import { PlansController } from './plans.controller';

@Module({ controllers: [PlansController, PlanCockpitController] })
export class PlansModule {}
