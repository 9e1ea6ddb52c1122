// Loaded before the app (index.html): zod's validators run without compiling code through
// `new Function`. The page's CSP allows no eval, and zod's probe for it, made as soon as the first
// schema is built, would be reported as a violation. zod reads its settings from this global
// (web/src/app/zod-config.test.ts checks that it still does).
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
