/**
 * What every outbox deliverer shares (the notification deliverer and the webhook-subscription deliverer):
 * the polling loop, the backoff and how an error is kept in `last_error`.
 */

export interface OutboxLogger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** How an outbox deliverer claims, retries and reports; every field has a default. */
export interface OutboxOptions {
  now?: () => Date;
  /** Rows claimed per round (default 50). */
  batchSize?: number;
  /** How long a claim lasts (default 5 minutes). */
  leaseMs?: number;
  /** Attempts before a row is `failed` (default 10). */
  maxAttempts?: number;
  /** Backoff after a failure: base · 2^attempts, capped (default 1 s, 1 hour). */
  backoff?: { baseMs?: number; capMs?: number };
  /** Sends in flight at once within a round (default 8). */
  concurrency?: number;
  /** Where a failed round or send is reported (default console). */
  logger?: OutboxLogger;
}

export function outboxSettings(options: OutboxOptions) {
  return {
    now: options.now ?? (() => new Date()),
    batchSize: options.batchSize ?? 50,
    leaseMs: options.leaseMs ?? 5 * 60_000,
    maxAttempts: options.maxAttempts ?? 10,
    baseMs: options.backoff?.baseMs ?? 1000,
    capMs: options.backoff?.capMs ?? 60 * 60_000,
    concurrency: Math.max(1, options.concurrency ?? 8),
    logger: options.logger ?? console,
  };
}

export interface PollLoop {
  /** Polls every `intervalMs` (at once again when a round was full) until stop(). */
  start(intervalMs: number): void;
  /** Stops polling; resolves when the round in progress has finished. */
  stop(): Promise<void>;
}

/** Runs `round` (which returns how many rows it handled) until stopped; a full round runs again at once. */
export function createPollLoop(round: () => Promise<number>, batchSize: number, logger: OutboxLogger, what: string): PollLoop {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let wake: (() => void) | undefined;

  function start(intervalMs: number): void {
    if (running) return;
    running = true;
    const loop = async () => {
      while (running) {
        let full = false;
        try {
          full = (await round()) >= batchSize;
        } catch (error) {
          logger.error(`${what} round failed`, error);
        }
        if (!running) break;
        if (!full) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, intervalMs);
          });
          wake = undefined;
        }
      }
    };
    current = loop();
  }

  async function stop(): Promise<void> {
    running = false;
    if (timer) clearTimeout(timer);
    wake?.();
    await current;
    current = undefined;
  }

  return { start, stop };
}

/** `min(base · 2^attempts, cap)`: the wait after the `attempts`-th failure. */
export const backoffDelay = (attempts: number, baseMs: number, capMs: number): number => Math.min(baseMs * 2 ** attempts, capMs);

const ERROR_MAX_LENGTH = 2000;

/** An error as kept in `last_error`: name and message, cut at 2000 characters. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > ERROR_MAX_LENGTH ? `${message.slice(0, ERROR_MAX_LENGTH)}…` : message;
}

export interface RoundResult {
  delivered: number;
  /** Given up: attempts reached maxAttempts. */
  failed: number;
  /** Failed this time, to be tried again later. */
  retried: number;
}

/** One claimed row's fate, as each outbox records it in its own table. */
export interface SendSteps<Row extends { leasedUntil: Date }> {
  send(row: Row): Promise<void>;
  markDelivered(row: Row): Promise<void>;
  /** `lost`: the lease ran out and another deliverer owns the row now. */
  markFailed(row: Row, error: unknown): Promise<'failed' | 'retried' | 'lost'>;
  describe(row: Row): string;
}

/**
 * Sends the claimed rows, `concurrency` at a time. A row whose lease has run out is skipped (another
 * deliverer may hold it now); a failure is recorded with backoff, never thrown.
 */
export async function sendClaimed<Row extends { leasedUntil: Date }>(
  claimed: readonly Row[],
  steps: SendSteps<Row>,
  options: { concurrency: number; now: () => Date; logger: OutboxLogger },
): Promise<RoundResult> {
  const result: RoundResult = { delivered: 0, failed: 0, retried: 0 };
  const queue = [...claimed];
  const work = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      if (options.now().getTime() >= row.leasedUntil.getTime()) continue;
      try {
        await steps.send(row);
      } catch (error) {
        const outcome = await steps.markFailed(row, error);
        if (outcome === 'lost') options.logger.warn(`${steps.describe(row)}: lease lost before recording a failure`);
        else result[outcome] += 1;
        continue;
      }
      await steps.markDelivered(row);
      result.delivered += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, claimed.length) }, work));
  return result;
}
