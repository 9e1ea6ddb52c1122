import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Job, TargetImportCheck } from '@hongtu/contracts';
import '../../app/i18n';
import { ImportJobProgress } from './components/ImportJobProgress';
import { TargetImportReport } from './components/TargetImportReport';

const job = (over: Partial<Job>): Job => ({
  id: 7, kind: 'targets.import-check', status: 'running', progress: { done: 1, total: 3, phase: 'compare' }, attempts: 1, maxAttempts: 3,
  error: null, createdBy: 1, createdByName: '审核员', organisationId: 2, createdAt: '2026-03-05T02:00:00.000Z', startedAt: null, finishedAt: null,
  result: null, ...over,
});

const report: TargetImportCheck = {
  batchId: 3, fileName: '目标.xlsx', fileSha256: 'x', year: 2026, rowsParsed: 4, organisations: 2, inserts: 1, updates: 2, unchanged: 1,
  alreadyImported: false, problems: [], problemCount: 0, notices: [], blocking: false,
};

describe('the targets import page, while its job runs and once it is over', () => {
  it('shows a queued job as waiting, with its cancel button', () => {
    const html = renderToString(<ImportJobProgress job={job({ status: 'queued', progress: { done: 0, total: null, phase: null } })} onCancel={() => undefined} />);
    expect(html).toContain('排队中');
    expect(html).toMatch(/取\s?消/); // antd spaces two-character buttons
  });

  it('shows a running job\'s phase and how far it is, and a retried one\'s attempt', () => {
    const html = renderToString(<ImportJobProgress job={job({ attempts: 2 })} onCancel={() => undefined} />);
    expect(html).toContain('正在与已有目标比对');
    expect(html).toContain('33%');
    expect(html).toContain('第 2 次尝试');
    expect(html).not.toMatch(/取\s?消/);
  });

  it('shows the dry run: what the commit would do, or where each problem is', () => {
    expect(renderToString(<TargetImportReport report={report} />)).toContain('将新增 1 项、修改 2 项目标');
    const blocked = renderToString(<TargetImportReport report={{
      ...report, blocking: true, problemCount: 1,
      problems: [{ sheet: '年度目标', row: 5, column: 'F', code: 'IMPORT_NUMBER', message: '“12abc”不是有效的数字' }],
    }} />);
    expect(blocked).toContain('文件有问题，不能导入');
    expect(blocked).toContain('12abc');
    expect(blocked).toContain('年度目标');
  });
});
