import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * Bundles the item workflows. `sourceCondition` resolves our packages to their TypeScript sources
 * (tests, development); without it the bundler takes the built `dist/` files.
 */
export async function bundleItemWorkflows({ sourceCondition = false } = {}): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: require.resolve('@closeloop/workflows'),
    logger: quietLogger,
    webpackConfigHook: (config) => {
      if (sourceCondition) config.resolve = { ...config.resolve, conditionNames: ['@closeloop/source', '...'] };
      return config;
    },
  });
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error, log: noop };
