export * from './app.module';
export * from './auth/api-key';
export * from './auth/principals.repository';
export * from './create-app';
export * from './temporal-client';
export { withProblemTable } from './problem/problem-table';
