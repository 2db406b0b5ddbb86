/** The language of a user at a terminal: English when LC_ALL, LC_MESSAGES or LANG says so, Dutch otherwise. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): 'nl' | 'en' {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'nl';
}
