/** Origins this build may publish to (vite.config.ts: the CSP's connect-src, PUBLISH_HOSTS). */
declare const __PUBLISH_ORIGINS__: string[];
