// What other web features may use of reference-figures (lint rule on imports).
export { CrossCheckPanel } from './components/CrossCheckPanel';
export { AcceptFigureForm } from './components/AcceptFigureForm';
