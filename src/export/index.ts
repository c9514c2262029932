// The export module as the UI and the benchmark load it (one lazy chunk).
export { exportEvent } from './export-event';
export { zipFiles } from './zip';
export type { ExportContext, ExportFile, ExportProblem, ExportResult, ExportSource, PlannedPost } from './types';
