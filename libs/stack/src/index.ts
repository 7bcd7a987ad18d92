export { type DemoPerson, type LoadedDemoPeople, demoPeople, loadDemoPeople } from './demo-people';
export { loadDemoPlan, type LoadedDemoPlan } from './demo-plan';
export {
  type AppOptions,
  type Crash,
  NodeApp,
  type NodeAppOptions,
  type OutputMode,
  apiReady,
  startApi,
  startWorker,
  stopChild,
  workerReady,
} from './node-app';
export { assertPortFree, freePort, sleep, waitForExit, waitForPort, waitForUrl, waitUntilFree } from './ports';
export {
  type PostgresOptions,
  PostgresServer,
  type StartedPostgres,
  handleSignalsYourself,
  postgresDataDir,
  postgresHome,
  removeDataDir,
  removePostgresData,
  startPostgres,
} from './postgres';
export { repoRoot } from './repo-root';
export {
  type AppsOptions,
  type DatabaseSetUp,
  type Stack,
  type StackOptions,
  type Stoppable,
  runNode,
  setUpDatabase,
  startStack,
  stopAll,
} from './stack';
export { type TemporalOptions, type TemporalServer, startTemporal, temporalCli } from './temporal';
