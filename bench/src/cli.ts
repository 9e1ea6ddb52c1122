// `npm run bench -- …`: the province-scale benchmark (run.ts), or `deadline …`, the deadline under
// load (deadline-head.ts → deadline.ts). Each is loaded only when asked for.
const argv = process.argv.slice(2);
// `page-load …`: time to the overview's rows in Chromium (page-load.ts).
if (argv[0] === 'page-load') await (await import('./page-load')).runPageLoadCommand(argv.slice(1)).then(() => process.exit(0));
// `projects …`: major projects at the size (projects-bench.ts).
if (argv[0] === 'projects') await (await import('./projects-bench')).runProjectsCommand(argv.slice(1)).then(() => process.exit(0));
// `investment …`, `enterprise-service …` and `enterprises …`: the funnel over 50,000 leads, the overdue list over 100,000
// problems, the registry's search and policy matching over 200,000 enterprises.
if (argv[0] === 'investment') await (await import('./investment-bench')).runInvestmentCommand(argv.slice(1)).then(() => process.exit(0));
if (argv[0] === 'enterprise-service') await (await import('./enterprise-service-bench')).runEnterpriseServiceCommand(argv.slice(1)).then(() => process.exit(0));
if (argv[0] === 'enterprises') await (await import('./enterprises-bench')).runEnterprisesCommand(argv.slice(1)).then(() => process.exit(0));
// `documents …`: 20,000 documents taken in and searched (documents-bench.ts).
// `reports …`: the city's bulletin over 120 districts × 40 indicators with 10 charts, built and rendered (reports-bench.ts).
if (argv[0] === 'reports') await (await import('./reports-bench')).runReportsCommand(argv.slice(1)).then(() => process.exit(0));
// `reports-load …`: twenty reports asked for at once beside the dashboards' overview (reports-load.ts).
if (argv[0] === 'reports-load') await (await import('./reports-load')).runReportsLoadCommand(argv.slice(1)).then(() => process.exit(0));
// `portal …`: the public portal's feed, article and home page over 10,000 articles and 2,000 policies, and staff pages beside 200 visitors a second (portal-bench.ts).
if (argv[0] === 'portal') await (await import('./portal-bench')).runPortalCommand(argv.slice(1)).then(() => process.exit(0));
// `portal-visitors …`: anonymous visitors on the public portal beside the staff's overview (portal-visitors.ts).
if (argv[0] === 'portal-visitors') await (await import('./portal-visitors')).runPortalVisitorsCommand(argv.slice(1)).then(() => process.exit(0));
if (argv[0] === 'documents') await (await import('./documents-bench')).runDocumentsCommand(argv.slice(1)).then(() => process.exit(0));
if (argv[0] === 'deadline') {
  const { runDeadlineCommand } = await import('./deadline-head');
  runDeadlineCommand(argv.slice(1)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else {
  await import('./run');
}

export {};
