export * from './blocks';
export * from './content';
export * from './layout';
export * from './pdf';
export * from './csv';
