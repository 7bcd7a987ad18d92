import { fieldHolding, toNamePath } from './field-paths';

describe("the form field that shows an API's field error", () => {
  const fields = [
    ['name'],
    ['unitIds'],
    ['policy', 'escalation'],
    ['policy', 'escalation', 0, 'level'],
    ['evidence'],
    ['evidence', 0, 'ref'],
  ];

  it.each([
    ['name', ['name']],
    ['unitIds[1]', ['unitIds']],
    ['policy.escalation[0].level', ['policy', 'escalation', 0, 'level']],
    ['policy.escalation[1].level', ['policy', 'escalation']],
    ['evidence.0.ref', ['evidence', 0, 'ref']],
    ['evidence[1]', ['evidence']],
  ])('for %s is %j', (field, name) => {
    expect(fieldHolding(fields, toNamePath(field))).toEqual(name);
  });

  it.each(['login', 'policy', 'names'])('for %s is none (shown above the form)', (field) => {
    expect(fieldHolding(fields, toNamePath(field))).toBeUndefined();
  });
});
