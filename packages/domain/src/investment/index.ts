// Investment attraction 招商引资 (docs/DOMAIN.md "Investment attraction"): the pipeline of leads,
// contracts and funds in place, the funnel and the districts' ranking.
export * from './vocabulary';
export * from './pipeline';
export * from './contracts';
export * from './funnel';
