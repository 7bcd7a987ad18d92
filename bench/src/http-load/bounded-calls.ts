/**
 * Gives every call of a load run a deadline, so an overloaded run ends (the late ones count as errors) instead of
 * waiting minutes, and lets the next phase start only once the calls that missed their deadline have finished too.
 */
export function boundedCalls(timeoutMs: number) {
  let pending = 0;
  return {
    run<T>(operation: () => Promise<T>): Promise<T> {
      pending++;
      const call = operation().finally(() => pending--);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
      });
      return Promise.race([call, late]).finally(() => clearTimeout(timer));
    },
    /** Waits until every call has settled (or maxMs passed); returns how many are still out. */
    async settle(maxMs = 60_000): Promise<number> {
      const deadline = Date.now() + maxMs;
      while (pending > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      return pending;
    },
  };
}

export type BoundedCalls = ReturnType<typeof boundedCalls>;
