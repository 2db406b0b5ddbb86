export * from './types';
export * from './framework';
export { catalogue } from './catalogue';
