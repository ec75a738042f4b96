/**
 * chrono-node's English and German parsers alone ('chrono-node/en', 'chrono-node/de', its package
 * exports): its main entry loads all sixteen locales, about 6 MB of RSS the bot never uses. The
 * project's module resolution ("node") does not read package exports, so their types are named here.
 */
declare module 'chrono-node/en' {
  export * from 'chrono-node/dist/esm/locales/en/index';
}
declare module 'chrono-node/de' {
  export * from 'chrono-node/dist/esm/locales/de/index';
}
