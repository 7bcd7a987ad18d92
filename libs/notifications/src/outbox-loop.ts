/**
 * What every outbox deliverer shares (the notification deliverer and the webhook-subscription deliverer):
 * the polling loop, the backoff and how an error is kept in `last_error`.
 */

export interface OutboxLogger {
  warn(message: string): void;
  error(message: string, error?: unknown): void;
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
