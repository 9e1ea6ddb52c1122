export * from './common';
export * from './roles';
export * from './password';
export * from './auth';
export * from './organisations';
export * from './users';
export * from './audit';
export * from './health';
