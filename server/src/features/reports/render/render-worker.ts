import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Overview } from '@hongtu/contracts/dashboards';
import type { ReportDocument } from '@hongtu/contracts/reports';
import { approvalNeeds, withApprovals, type ApprovalNeed, type FoundApprovals } from '../builders/approvals';
import { buildReport } from '../builders/build-report';
import type { BuildReportInput } from '../builders/types';
import { gzipJson } from './document-gz';
import { isolateMemory } from './render-memory';
import { renderReportDocx } from './report-docx';
import { renderReportXlsx } from './report-xlsx';

/**
 * The report render worker's side (started by render-pool.ts through render-worker.mjs): a report
 * built from its snapshot (the document model, its sources' approvals asked of the server), drawn
 * as Word and Excel — charts rasterised, tables written, the files zipped — serialised and hashed for
 * the archive, off the server's event loop and within the worker's own memory limits. Nothing here
 * reaches the database: the server answers the one question the build asks (which submissions).
 */
export interface RenderRequest {
  id: number;
  /** The builder's input but its snapshots, which come as the stored JSON text. */
  input: Omit<BuildReportInput, 'snapshot' | 'previous'>;
  snapshotJson: string;
  previousJson: string | null;
  template: Uint8Array | null;
}

/** The server's answer to a report's question: the submissions its figure sources cite. */
export interface ApprovalsReply {
  id: number;
  approvals: FoundApprovals;
}

/** What the archive stores of a made report. */
export interface MadeReport {
  title: string;
  /**
   * The document model as stored (reports.document_gz): its JSON text gzipped here, handed over
   * without a copy — a city's bulletin is 14 M characters of JSON, ~0.6 MB gzipped, which the
   * server's thread would otherwise receive as a copy, store, and keep as garbage.
   */
  documentGz: Uint8Array;
  docx: Uint8Array;
  xlsx: Uint8Array;
  docxSha256: string;
  xlsxSha256: string;
}

export type RenderPhase = 'charts' | 'word' | 'excel';

/** A report's end: the report or its error, and what the worker's isolate holds after it (bytes: render-pool.ts replaces the worker past its bound). */
export type RenderDone =
  | { id: number; report: MadeReport; error: null; memory: number }
  | { id: number; report: null; error: { message: string; stack?: string }; memory: number };

export type RenderAnswer =
  | { id: number; needs: ApprovalNeed[] }
  | { id: number; phase: RenderPhase }
  | RenderDone;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The file's bytes in a buffer of their own, to be handed over to the server's thread without a copy. */
const bytesOf = (file: Buffer) => (file.byteOffset === 0 && file.byteLength === file.buffer.byteLength ? new Uint8Array(file.buffer, 0, file.byteLength) : new Uint8Array(file));

const NONE: FoundApprovals = new Map<string, never>();

/** The request waiting for the server's answer (the worker makes one report at a time). */
let waiting: { id: number; resolve: (approvals: FoundApprovals) => void } | null = null;

async function make(request: RenderRequest, post: (answer: RenderAnswer) => void): Promise<RenderDone> {
  const { id } = request;
  try {
    const snapshot = JSON.parse(request.snapshotJson) as Overview;
    const previous = request.previousJson === null ? null : (JSON.parse(request.previousJson) as Overview);
    const built = buildReport({ ...request.input, snapshot, previous });
    const needs = approvalNeeds(built);
    const approvals = needs.length === 0 ? NONE : await new Promise<FoundApprovals>((resolve) => {
      waiting = { id, resolve };
      post({ id, needs });
    });
    const doc: ReportDocument = withApprovals(built, approvals);
    const template = request.template ? Buffer.from(request.template.buffer, request.template.byteOffset, request.template.byteLength) : undefined;
    post({ id, phase: 'charts' });
    post({ id, phase: 'word' });
    const docx = await renderReportDocx(doc, template ? { template } : {});
    post({ id, phase: 'excel' });
    const xlsx = await renderReportXlsx(doc);
    // Compressed on this thread (at its low priority), not on libuv's pool, which the server's thread shares; piece by piece, never the whole text.
    const documentGz = bytesOf(gzipJson(doc));
    return {
      id, error: null, memory: isolateMemory(),
      report: { title: doc.title, documentGz, docx: bytesOf(docx), xlsx: bytesOf(xlsx), docxSha256: sha256(docx), xlsxSha256: sha256(xlsx) },
    };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { id, report: null, error: { message: e.message, stack: e.stack }, memory: isolateMemory() };
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
  const post = (answer: RenderAnswer) => port.postMessage(answer);
  port.on('message', (message: RenderRequest | ApprovalsReply) => {
    if ('approvals' in message) {
      if (waiting?.id === message.id) waiting.resolve(message.approvals);
      waiting = null;
      return;
    }
    void make(message, post).then((answer) => {
      const report = answer.report;
      const files = report ? [report.docx.buffer, report.xlsx.buffer, report.documentGz.buffer] as ArrayBuffer[] : [];
      port.postMessage(answer, files);
    });
  });
}
