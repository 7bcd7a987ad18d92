export * from './app.module';
export * from './common/auth/api-key';
export * from './common/auth/principals.repository';
export * from './create-app';
export { defaultWebAppDir } from './common/web/web-app';
export * from './temporal-client';
export { withProblemTable } from './common/problem/problem-table';
