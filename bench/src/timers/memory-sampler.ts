import { residentMiB } from '../stack/closeloop-processes';

export interface MemorySampler {
  /** The largest resident size seen since `sinceMs` (epoch ms), sampled every `everyMs`. */
  peakSince(sinceMs: number): number | undefined;
  stop(): void;
}

/** Samples a process's resident memory (MiB) in the background, to report its peak during a phase. */
export function sampleResidentMemory(pid: number | undefined, everyMs = 500): MemorySampler {
  const samples: { at: number; mib: number }[] = [];
  const sample = () => {
    const mib = residentMiB(pid);
    if (mib !== undefined) samples.push({ at: Date.now(), mib });
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peakSince(sinceMs) {
      sample();
      const seen = samples.filter((s) => s.at >= sinceMs).map((s) => s.mib);
      return seen.length ? Math.max(...seen) : undefined;
    },
    stop: () => clearInterval(timer),
  };
}
