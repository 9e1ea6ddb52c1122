export * from './topics';
export * from './articles';
export * from './proof-of-work';
export * from './enterprise-account';
