export { createReportAdapter } from './report-adapter';
export type { AdapterEnv } from './report-adapter';
export type * from './types';
