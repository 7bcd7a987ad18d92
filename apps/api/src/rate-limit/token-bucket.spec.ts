import { TokenBuckets } from './token-bucket';

describe('TokenBuckets', () => {
  it('allows the budget, refuses the next with the wait, and refills over time', () => {
    let now = 0;
    const buckets = new TokenBuckets(3, () => now);
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(buckets.take('b').allowed).toBe(true);
    now = 20_000;
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('forgets full buckets when it holds too many keys', () => {
    let now = 0;
    const buckets = new TokenBuckets(1, () => now, 2);
    buckets.take('a');
    buckets.take('b');
    now = 120_000;
    buckets.take('c');
    expect(buckets.take('c').allowed).toBe(false);
    expect(buckets.take('a').allowed).toBe(true);
  });
});
