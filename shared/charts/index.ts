export * from './shapes';
export * from './scale';
export * from './diverging-bars';
export * from './sparkline';
export * from './matrix';
export * from './profile';
