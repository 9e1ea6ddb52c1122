// Enterprise service 企业服务: problems with their SLAs, liaisons and visits, cultivation into 规上 / 限上.
export * from './problems';
export * from './liaisons';
export * from './cultivation';
