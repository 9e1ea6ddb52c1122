// Projects and the district's investment (docs/DOMAIN.md "Major projects" → "Projects and the
// district's investment"): per district of the reader's scope, the month's year-to-date investment
// of its projects entered into statistics 入库/纳统 beside its approved 固定资产投资, read through the
// reporting and indicator features' public read models; the rule is packages/domain indicatorLink.
import type { IndicatorLinkList } from '@hongtu/contracts/project-dispatch';
import type { DispatchQuery } from '@hongtu/contracts/project-dispatch';
import { dec, fixedText, formatCompact, indicatorLink, isReportingUnit, storageInt, storageText } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { translate, type MessageCode } from '../../platform/i18n/messages';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.public';
import { approvedFigures, parsePeriodOrFail } from '../reporting/reporting.public';

const FAI = 'fixed_asset_investment';
const EXPLANATION: Record<string, MessageCode> = {
  consistent: 'PROJECT_LINK_CONSISTENT',
  projects_exceed_reported: 'PROJECT_LINK_EXCEEDS',
  no_reported_figure: 'PROJECT_LINK_NO_FIGURE',
  no_projects: 'PROJECT_LINK_NO_PROJECTS',
};

export function createIndicatorLinkReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext, query: DispatchQuery): Promise<IndicatorLinkList> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      let units = db.selectFrom('organisations as o').select(['o.id', 'o.name', 'o.kind', 'o.code']).where((eb) => pathInScope(eb, 'o.path', actor));
      if (query.organisationId !== undefined) units = units.where('o.id', '=', query.organisationId);
      const districts = (await units.orderBy('o.code').execute()).filter((o) => isReportingUnit(o.kind));
      if (districts.length === 0) return { period: query.period, rows: [] };
      const ids = districts.map((d) => d.id);

      const [sums, indicators, figures] = await Promise.all([
        db.selectFrom('project_reports as r')
          .innerJoin('projects as p', 'p.id', 'r.project_id')
          .select((eb) => ['r.organisation_id', eb.fn.countAll<number | string>().as('count'), eb.fn.sum<number | string>('r.ytd_investment').as('ytd')])
          .where('r.organisation_id', 'in', ids).where('r.year', '=', year).where('r.month', '=', month)
          .where('r.in_statistics', '=', 1).where('r.status', '<>', 'draft')
          .groupBy('r.organisation_id')
          .execute(),
        indicatorsRepository(db).byCode(),
        approvedFigures(db, ids, year, month),
      ]);
      const fai = indicators.get(FAI);
      const sumOf = new Map(sums.map((s) => [s.organisation_id, { count: Number(s.count), ytd: storageInt(String(s.ytd ?? 0)) }]));

      const rows = districts.map((d) => {
        const projects = sumOf.get(d.id) ?? { count: 0, ytd: 0n };
        const figure = fai ? figures.get(d.id)?.get(fai.id)?.ytd_value ?? null : null;
        const link = indicatorLink({ projectsYtdWan: projects.ytd, projectCount: projects.count, reportedYtdYi: figure === null ? null : storageInt(figure) });
        const share = link.share === null ? null : fixedText(link.share, 6);
        return {
          organisationId: d.id, organisationName: d.name, projectCount: projects.count,
          projectsYtd: storageText(projects.ytd),
          reportedYtd: link.reportedYtdWan === null ? null : storageText(link.reportedYtdWan),
          difference: link.difference === null ? null : storageText(link.difference),
          share, flag: link.flag,
          explanation: translate(EXPLANATION[link.flag]!, ctx.locale, {
            count: projects.count,
            share: share === null ? '' : formatCompact(dec(share), 2),
            excess: link.difference === null ? '' : formatCompact(dec(storageText(-link.difference)), 2),
          }),
        };
      });
      return { period: query.period, rows };
    },
  };
}
