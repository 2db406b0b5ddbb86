/** Names of framework choices in the report's language, with "—" for none. */
import { levels, scaleLevels } from '../framework/framework';
import type { Lang } from '../report/format';

/** A scale level's name ("Wijk"), or "—". */
export const scaleName = (lang: Lang, id: string | null) => (id ? (scaleLevels.find((s) => s.id === id)?.name[lang] ?? id) : '—');

/** A level's name ("Individueel"), or "—". */
export const levelName = (lang: Lang, id: string | null) => (id ? (levels.find((l) => l.id === id)?.name[lang] ?? id) : '—');
