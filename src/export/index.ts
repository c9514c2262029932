// The export module as the UI and the benchmark load it (one lazy chunk).
export { exportEvent } from './export-event';
export { zipFiles } from './zip';
export type { ExportAsset, ExportContext, ExportFile, ExportPhoto, ExportProblem, ExportResult, ExportSource, PlannedPost } from './types';
