// Reading economic figures out of Chinese documents (DOMAIN.md "Figures in documents").
export { extractFigures, type Comparator, type EntityKind, type ExtractedFigure, type ExtractionContext, type FigureKind } from './figures';
export { DEFAULT_FIGURE_INDICATORS, DOCUMENT_NAMES_OF, KNOWN_FIGURE_NAMES, type IndicatorNames } from './indicator-names';
export { normaliseForReading, originalSpan, type NormalisedText } from './normalise';
export { mentionsPlace, namesThePlace } from './place-names';
