export * from './vocabulary';
export * from './search';
export * from './policy-match';
