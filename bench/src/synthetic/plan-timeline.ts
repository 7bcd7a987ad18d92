import { planStreamId } from '@closeloop/read-models';
import { randomUUID } from 'node:crypto';
import { importer } from './organisation';
import type { PlanSpec } from './specs';
import type { SyntheticAppend, Timeline } from './timeline';

/** A plan is issued once (POST /v1/plans appends PlanIssued to `plan-<id>`). */
export class PlanTimeline implements Timeline {
  private issued = false;

  constructor(private readonly plan: PlanSpec) {}

  nextAt(): number | undefined {
    return this.issued ? undefined : this.plan.issuedAt;
  }

  step(): SyntheticAppend[] {
    if (this.issued) return [];
    this.issued = true;
    return [
      {
        streamId: planStreamId(this.plan.planId),
        expectedVersion: 0,
        at: new Date(this.plan.issuedAt),
        events: [
          {
            eventId: randomUUID(),
            type: 'PlanIssued',
            data: { ...this.plan.issued },
            metadata: { commandId: randomUUID(), actorId: importer.id, role: importer.role, requestId: randomUUID() },
          },
        ],
      },
    ];
  }
}
