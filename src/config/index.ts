export { envName, type LoadedConfig, type LoadOptions, loadConfig, parseSetArgs } from './load.js';
export { renderConfigYaml, renderExplain } from './render.js';
export { type Config, schema } from './schema.js';
export * from './spec.js';
