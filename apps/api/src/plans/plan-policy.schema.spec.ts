import { type PlanPolicy, defaultPolicy, isIsoDuration, policyErrors } from '@closeloop/domain';
import { CADENCE_PATTERN, DURATION_PATTERN, planPolicyErrors as check } from './plan-policy.schema';

describe('the plan policy schema (POST /v1/plans)', () => {
  it.each([
    ['empty: the defaults', {}],
    ['the README walk', { revisitAfter: ['PT10S'], requiredEvidenceKinds: ['photo'] }],
    [
      'a ladder with a cadence',
      {
        reportEvery: 'PT4S',
        remindBefore: 'PT2S',
        remindBeforeDeadline: 'P2D',
        escalation: [
          { level: 'warning', missedReports: 1 },
          { level: 'bulletin', missedReports: 2, overdueWorkingDays: 0 },
          { level: 'summons', onRelapse: true },
        ],
        confirmFrom: 'summons',
      },
    ],
    ['working days, no revisits', { dayCount: 'working', revisitAfter: [], dueSoonBefore: 'P2D', publicNoticePeriod: 'P1DT12H' }],
    ['overrides by kind', { byKind: { immediate: { dueSoonBefore: 'P1D', revisitAfter: ['P1M'] }, long_term: { reportEvery: 'P1M' } } }],
  ])('accepts %s, as the decider does', (_what, policy) => {
    expect(check(policy)).toEqual([]);
    expect(policyErrors({ ...defaultPolicy, ...policy } as PlanPolicy)).toEqual([]);
  });

  it.each([
    ['an unknown setting', { colour: 'red' }, [{ field: 'policy.colour', message: 'is not a policy setting' }]],
    [
      'a duration in words',
      { revisitAfter: ['3 months'] },
      [{ field: 'policy.revisitAfter[0]', message: 'must be an ISO 8601 duration such as P7D' }],
    ],
    [
      'trailing garbage after a duration',
      { dueSoonBefore: 'P7Dx' },
      [{ field: 'policy.dueSoonBefore', message: 'must be an ISO 8601 duration such as P7D' }],
    ],
    [
      'a duration with no part',
      { dueSoonBefore: 'PT' },
      [{ field: 'policy.dueSoonBefore', message: 'must be an ISO 8601 duration such as P7D' }],
    ],
    [
      'a zero cadence',
      { reportEvery: 'PT0S' },
      [{ field: 'policy.reportEvery', message: 'must be a positive duration of one unit, such as P7D, P1M or PT30S' }],
    ],
    [
      'a rule with no condition',
      { escalation: [{ level: 'warning', onRelapse: false }] },
      [{ field: 'policy.escalation[0]', message: 'needs a condition: overdueWorkingDays, missedReports or onRelapse' }],
    ],
    ['a rule without a level', { escalation: [{ missedReports: 1 }] }, [{ field: 'policy.escalation[0].level', message: 'is required' }]],
    [
      'a fractional count',
      { escalation: [{ level: 'warning', missedReports: 1.5 }] },
      [{ field: 'policy.escalation[0].missedReports', message: 'must be an integer' }],
    ],
    ['an unknown item kind', { byKind: { urgent: {} } }, [{ field: 'policy.byKind.urgent', message: 'is not a policy setting' }]],
    [
      'a nested byKind',
      { byKind: { immediate: { byKind: {} } } },
      [{ field: 'policy.byKind.immediate.byKind', message: 'is not a policy setting' }],
    ],
    ['a null override', { byKind: { immediate: null } }, [{ field: 'policy.byKind.immediate', message: 'must be an object' }]],
    [
      'an empty evidence kind',
      { requiredEvidenceKinds: [''] },
      [{ field: 'policy.requiredEvidenceKinds[0]', message: 'must be a short lowercase word' }],
    ],
    [
      '__proto__ as a setting',
      JSON.parse('{"__proto__": {"dueSoonBefore": "x"}}'),
      [{ field: 'policy.__proto__', message: 'is not a policy setting' }],
    ],
    [
      'a level of the wrong type: its type alone',
      { escalation: [{ level: 5, missedReports: 1 }] },
      [{ field: 'policy.escalation[0].level', message: 'must be a string' }],
    ],
    [
      'an unknown level',
      { escalation: [{ level: 'jail', missedReports: 1 }] },
      [{ field: 'policy.escalation[0].level', message: 'must be one of warning, bulletin, supervision, summons, accountability' }],
    ],
    [
      'a count out of range',
      { escalation: [{ level: 'warning', overdueWorkingDays: -1 }] },
      [{ field: 'policy.escalation[0].overdueWorkingDays', message: 'must be at least 0' }],
    ],
    [
      'too many revisits',
      { revisitAfter: Array(13).fill('P1M') },
      [{ field: 'policy.revisitAfter', message: 'must have at most 12 entries' }],
    ],
    [
      'several faults at once: each named',
      { colour: 'red', revisitAfter: ['3 months'] },
      [
        { field: 'policy.colour', message: 'is not a policy setting' },
        { field: 'policy.revisitAfter[0]', message: 'must be an ISO 8601 duration such as P7D' },
      ],
    ],
  ])('refuses %s', (_what, policy, errors) => {
    expect(check(policy)).toEqual(errors);
  });

  it('states durations the decider reads, and no wider', () => {
    const duration = new RegExp(DURATION_PATTERN);
    for (const ok of ['P7D', 'P3M', 'P1Y2M3DT4H5M6S', 'P1W', 'PT30S', 'P1DT12H', 'PT0S']) {
      expect(duration.test(ok) && isIsoDuration(ok)).toBe(true);
    }
    for (const bad of ['P', 'PT', 'P1D1Y', 'P-1D', 'P1.5D', 'p7d', 'P7D ', 'P1000D', 'T1H']) expect(duration.test(bad)).toBe(false);
    const cadence = new RegExp(CADENCE_PATTERN);
    for (const ok of ['P7D', 'P1M', 'PT15S', 'P1Y']) expect(cadence.test(ok) && isIsoDuration(ok)).toBe(true);
    for (const bad of ['P0D', 'PT0S', 'P1DT1H', 'P07D', 'PT1000S']) expect(cadence.test(bad)).toBe(false);
  });
});
