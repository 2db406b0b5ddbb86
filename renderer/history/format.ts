import type { VersionInfo } from '../../shared/model/version-diff';

/** When a version was saved, in the UI language's words (date and time). */
export function savedWhen(language: 'nl' | 'en', info: Pick<VersionInfo, 'savedAt'>): string {
  const at = new Date(info.savedAt);
  if (Number.isNaN(at.getTime())) return info.savedAt;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
