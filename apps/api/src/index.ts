export * from './app.module';
export * from './common/auth/api-key';
export * from './common/auth/principals.repository';
export * from './create-app';
export * from './temporal-client';
export { withProblemTable } from './common/problem/problem-table';
export * from './session/sign-in-throttle';
