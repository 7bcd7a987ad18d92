/**
 * How far ahead to put the due instant: the calibrated time to start every workflow and see it arm its timer (a
 * calibration batch's rate, first start to last armed), times a safety factor for how far the calibration's rate
 * misleads at full size (measured here: bare starts calibrated at 183–211/s on 300 ran at 106–110/s over 20,000; our items'
 * arming, calibrated on 1,000 whose fixed costs weigh more, predicted 20,000 slower than it went).
 */
export function dueInstantAfter(secondsToArm: number, safety: number, slackSeconds = 15): Date {
  return new Date(Math.ceil((Date.now() + (safety * secondsToArm + slackSeconds) * 1000) / 1000) * 1000);
}

/** Waits while `progress()` keeps rising: until it reaches `expected`, stays flat for `stallMs`, or `giveUpAt` passes. */
export async function waitWhileProgressing(
  progress: () => Promise<number>,
  expected: number,
  giveUpAt: number,
  stallMs = 30_000,
  everyMs = 500,
): Promise<void> {
  let seen = -1;
  let progressAt = Date.now();
  while (Date.now() < giveUpAt && Date.now() - progressAt < stallMs) {
    const now = await progress();
    if (now >= expected) return;
    if (now > seen) [seen, progressAt] = [now, Date.now()];
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
