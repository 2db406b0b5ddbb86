export * from './steps';
export * from './findings';
export * from './progress';
export * from './signal';
export * from './compare';
export * from './tradeoffs';
