import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ReportDocument } from '@hongtu/contracts/reports';
import { renderReportDocx } from './report-docx';
import { renderReportXlsx } from './report-xlsx';

/**
 * The report render worker's side (started by render-pool.ts through render-worker.mjs): a report's
 * Word or Excel file drawn here — charts rasterised, tables written, the file zipped — off the
 * server's event loop and within the worker's own memory limits. Nothing here reaches the database.
 */
export interface RenderRequest {
  id: number;
  format: 'docx' | 'xlsx';
  doc: ReportDocument;
  template: Uint8Array | null;
}

export type RenderAnswer =
  | { id: number; file: Uint8Array; error: null }
  | { id: number; file: null; error: { message: string; stack?: string } };

async function render(request: RenderRequest): Promise<RenderAnswer> {
  try {
    const template = request.template ? Buffer.from(request.template.buffer, request.template.byteOffset, request.template.byteLength) : undefined;
    const file = request.format === 'docx' ? await renderReportDocx(request.doc, template ? { template } : {}) : await renderReportXlsx(request.doc);
    return { id: request.id, file: new Uint8Array(file.buffer, file.byteOffset, file.byteLength), error: null };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id: request.id, file: null, error: { message: e.message, stack: e.stack } };
  }
}

/**
 * The worker's thread runs at the lowest priority (on Linux a thread has its own nice value), so that
 * on a busy machine the server's requests go before a report's drawing.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) os.setPriority(tid, 19);
  } catch {
    // not Linux, or not allowed: the worker runs at the process's priority
  }
}

const port = parentPort;
if (port) {
  yieldToRequests();
  port.on('message', (request: RenderRequest) => {
    void render(request).then((answer) => port.postMessage(answer, answer.file ? [answer.file.buffer as ArrayBuffer] : []));
  });
}
