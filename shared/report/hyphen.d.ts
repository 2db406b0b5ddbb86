/** The two pattern sets of the `hyphen` package that the report uses (the package ships no types). */
interface HyphenModule {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/nl' {
  const module: HyphenModule;
  export = module;
}
declare module 'hyphen/en-gb' {
  const module: HyphenModule;
  export = module;
}
