import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isolateMemory } from './render-memory';
import { renderReportDocx } from './report-docx';
import { wuchangBulletin } from './render.fixtures';

// No database is read here: the Word file is rendered in this thread, as the render worker does.
describe('the report render and V8', () => {
  it('draws a report with its chart without changing a V8 flag of the process (no collector exposed)', async () => {
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
    const docx = await renderReportDocx(wuchangBulletin());
    expect(docx.byteLength).toBeGreaterThan(0);
    // --expose-gc set at run time would give every new context a gc function, in every thread.
    expect(vm.runInNewContext('typeof gc')).toBe('undefined');
  });

  it("tells what the thread's isolate holds: its heap as reserved and its buffers", () => {
    const buffer = Buffer.alloc(32 * 1024 * 1024, 1);
    expect(isolateMemory()).toBeGreaterThan(buffer.byteLength);
  });
});
