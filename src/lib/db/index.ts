// the db layer's public surface: ui, state and workers import from here.
export * from './schema';
export * from './database';
export * from './ids';
export * from './settings-repo';
export * from './contacts-repo';
export * from './contact-list';
export * from './events-repo';
export * from './lists-repo';
export * from './fields-repo';
export * from './imports-repo';
export * from './sources-repo';
export * from './source-sync';
export * from './merges-repo';
export * from './backup';
export * from './export-source';
