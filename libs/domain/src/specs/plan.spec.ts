import { DeciderSpecification } from '@event-driven-io/emmett';
import { type IssuePlan, type PlanEvent, decidePlan, evolvePlan, initialPlanState } from '../plan';
import { defaultPolicy } from '../policy';
import type { CommandRefused } from '../refusal';
import { AT, NOW, asAdmin, asSupervisor, refusedWith } from './fixtures';

const given = DeciderSpecification.for({
  decide: (c: IssuePlan, s: ReturnType<typeof initialPlanState>) => decidePlan(c, s, NOW),
  evolve: evolvePlan,
  initialState: initialPlanState,
});

const issuePlan = (data: Partial<IssuePlan['data']> = {}, metadata = asAdmin): IssuePlan => ({
  type: 'IssuePlan',
  data: { planId: 'HHHT-2026', title: '整改方案', sourceInspection: '督察组', ownerUnitId: 'hhht', ownerUnitExists: true, ...data },
  metadata,
});
const issued = (policy = defaultPolicy): PlanEvent => ({
  type: 'PlanIssued',
  data: { planId: 'HHHT-2026', title: '整改方案', sourceInspection: '督察组', ownerUnitId: 'hhht', policy, at: AT },
});

describe('IssuePlan (印发整改方案)', () => {
  it('issues the plan with the default policy where the admin gave none', () => {
    given([]).when(issuePlan()).then([issued()]);
  });

  it('fills the settings the admin left out with the defaults', () => {
    given([])
      .when(issuePlan({ policy: { publicNoticePeriod: 'P5D', revisitAfter: [] } }))
      .then([issued({ ...defaultPolicy, publicNoticePeriod: 'P5D', revisitAfter: [] })]);
  });

  it('refuses a second issue of the same plan', () => {
    given([issued()]).when(issuePlan()).thenThrows(refusedWith('conflict', 'plan-exists'));
  });

  it('refuses a policy with every setting at fault listed', () => {
    given([])
      .when(issuePlan({ policy: { dueSoonBefore: 'a week' as never, escalation: [{ level: 'warning' }] } }))
      .thenThrows((error) => {
        refusedWith('invalid', 'invalid-policy')(error);
        expect((error as CommandRefused).errors).toEqual([
          { field: 'policy.dueSoonBefore', message: 'must be an ISO 8601 duration such as P7D' },
          { field: 'policy.escalation[0]', message: 'needs a condition: overdueWorkingDays, missedReports or onRelapse' },
        ]);
        return true;
      });
  });

  it('refuses an owner unit that does not exist, naming the field', () => {
    given([])
      .when(issuePlan({ ownerUnitExists: false }))
      .thenThrows((error) => refusedWith('invalid', 'unknown-unit')(error) && (error as CommandRefused).errors[0]!.field === 'ownerUnitId');
  });

  it('lets only an admin issue plans', () => {
    given([]).when(issuePlan({}, asSupervisor)).thenThrows(refusedWith('forbidden', 'role-not-allowed'));
  });
});
