// The documents feature's figures, read through its public module (the only file of it this feature may import).
import { findFigureForAcceptance, markFigureAccepted, unmarkFigureAccepted } from '../documents/documents.public';
import type { FigureSource } from './reference-figures.source';

export const documentFigureSource: FigureSource = {
  async find(exec, figureId) {
    const found = await findFigureForAcceptance(exec, figureId);
    if (!found) return undefined;
    const { figure, document } = found;
    return {
      figureId: figure.id, status: figure.status, organisationId: figure.organisationId,
      indicatorCode: figure.indicatorMatched ? figure.indicator : null, period: figure.period, kind: figure.kind,
      value: figure.value, unit: figure.unit, yoyPct: figure.yoyPct, comparator: figure.comparator, quote: figure.quote,
      document: { id: document.id, title: document.title, organisationId: document.organisationId },
    };
  },
  async markAccepted(exec, figureId, userId) {
    await markFigureAccepted(exec, figureId, userId);
  },
  async unmarkAccepted(exec, figureId) {
    await unmarkFigureAccepted(exec, figureId);
  },
};
