import { percentile, summarizeSmall } from './percentile';

describe('percentile (nearest rank)', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1, unsorted on purpose

  it('is a value of the sample: p95 of 20 loads is the 19th smallest, p50 the 10th', () => {
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 100)).toBe(20);
  });

  it('takes the smallest value for a tiny p and the only value of a sample of one', () => {
    expect(percentile(twenty, 0.1)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
  });

  it('has no value for an empty sample', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarizeSmall([])).toEqual({ count: 0, p50: NaN, p95: NaN, max: NaN });
  });

  it('summarizes without reordering the caller’s array', () => {
    const values = [5, 1, 3];
    expect(summarizeSmall(values)).toEqual({ count: 3, p50: 3, p95: 5, max: 5 });
    expect(values).toEqual([5, 1, 3]);
  });
});
