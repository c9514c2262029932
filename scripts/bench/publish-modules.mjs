// What the publish bench runs, imported through one module runner (one runnerImport), so the
// forge and sendJob share one PublishError class: each runnerImport loads its own copy of a module.
export { exportEvent } from '../../src/export/index.ts';
export { repositoryFiles } from '../../src/export/repository-files.ts';
export { defaultExportSettings } from '../../src/model/export-settings.ts';
export { browserPlatform } from '../../src/outbox/platform.ts';
export { GRAPHQL_MAX_BYTES, githubForge } from '../../src/publish/forges/github.ts';
export { sendJob } from '../../src/publish/send-job.ts';
export { createRepo } from '../../test/publish/fake-forge/git-repo.ts';
export { startGithubForge } from '../../test/publish/fake-forge/github.ts';
