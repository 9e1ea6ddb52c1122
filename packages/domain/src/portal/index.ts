export * from './topics';
export * from './articles';
