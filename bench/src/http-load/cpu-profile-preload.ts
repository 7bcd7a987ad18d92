import { readBenchSettings } from '@closeloop/config';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Loaded with `--require` (Node 20 refuses --cpu-prof in NODE_OPTIONS): profiles the whole process and writes
 * <script>-<pid>[-thread<n>].cpuprofile into BENCH_CPU_PROF when it is told to stop (worker threads, such as the
 * Temporal worker's workflow threads, when they exit).
 */
const dir = readBenchSettings().cpuProfileDir;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.enable');
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // A same-thread inspector session answers synchronously, so the file is written before anything else runs.
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const script =
        path.basename(path.dirname(path.dirname(process.argv[1] ?? 'node'))) + '-' + path.basename(process.argv[1] ?? 'node', '.js');
      writeFileSync(
        path.join(dir, `${script}-${process.pid}${threadId ? `-thread${threadId}` : ''}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  };
  // At the stop signal rather than only at exit: Nest's shutdown hook re-raises SIGTERM, which skips 'exit'.
  process.once('SIGTERM', write);
  process.once('SIGINT', write);
  process.once('exit', write);
}
