/**
 * Pure migrations, one per older schema version, chained up to the current one. Each takes the
 * raw JSON of its version and returns the raw JSON of the next; the result is parsed with the
 * current schema afterwards, so a migration only moves and renames.
 */
import { SCHEMA_VERSION } from './document';

type Raw = Record<string, unknown>;

/** Version 1 (the foundation's minimal document) to version 2 (the full three-phase model). */
function v1ToV2(doc: Raw): Raw {
  const context = (doc.context ?? {}) as Raw;
  return {
    ...doc,
    schemaVersion: 2,
    context: {
      title: context.title ?? '',
      organisation: context.organisation ?? '',
      phase: context.phase ?? 'preparation',
      language: context.language ?? 'nl',
    },
    preparation: {},
    implementation: {},
    evaluation: {},
  };
}

const isRecord = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An effect of version 2 becomes one entry of version 3: in the area, naming no group yet. */
const effectToV3 = (e: unknown): unknown => (isRecord(e) ? { ...e, where: e.where ?? 'area', groups: e.groups ?? [] } : e);
const effectsToV3 = (list: unknown): unknown => (Array.isArray(list) ? list.map(effectToV3) : list);
/** A copy of `holder` with its `effects` list moved to version 3 (unchanged when it has none). */
const withEffectsV3 = (holder: unknown): unknown =>
  isRecord(holder) && Array.isArray(holder.effects) ? { ...holder, effects: effectsToV3(holder.effects) } : holder;

/**
 * Version 2 to version 3 (the decision-grade trade-off): every effect, also the frozen ones and a
 * frozen snapshot's, gains where (in the area) and who (no group); options gain costs, feasibility
 * and risks by the schema's defaults.
 */
function v2ToV3(doc: Raw): Raw {
  const implementation = doc.implementation;
  let frozen = isRecord(implementation) ? implementation.frozen : undefined;
  if (isRecord(frozen)) {
    frozen = withEffectsV3(frozen) as Raw;
    const snapshot = (frozen as Raw).snapshot;
    if (isRecord(snapshot)) frozen = { ...(frozen as Raw), snapshot: { ...snapshot, preparation: withEffectsV3(snapshot.preparation) } };
  }
  return {
    ...doc,
    schemaVersion: 3,
    preparation: withEffectsV3(doc.preparation),
    implementation: isRecord(implementation) && isRecord(frozen) ? { ...implementation, frozen } : implementation,
  };
}

/** migrations[n] turns version n into version n + 1. */
export const migrations: Record<number, (doc: Raw) => Raw> = {
  1: v1ToV2,
  2: v2ToV3,
};

/** Thrown when a file is of a version this build cannot read. */
export class VersionError extends Error {
  constructor(
    readonly kind: 'future-version' | 'unknown-version',
    message: string,
  ) {
    super(message);
    this.name = 'VersionError';
  }
}

/** Brings raw JSON of any known version to the current version's raw JSON. */
export function migrate(raw: unknown): { raw: unknown; from: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { raw, from: SCHEMA_VERSION };
  const version = (raw as Raw).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new VersionError('unknown-version', 'schemaVersion: ontbreekt of is geen geheel getal ≥ 1');
  }
  if (version > SCHEMA_VERSION) {
    throw new VersionError(
      'future-version',
      `schemaVersion: ${version} is gemaakt met een nieuwere Impactwijzer (deze versie leest t/m ${SCHEMA_VERSION}); werk Impactwijzer bij`,
    );
  }
  let doc = raw as Raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new VersionError('unknown-version', `schemaVersion: geen migratie van versie ${v}`);
    doc = step(doc);
  }
  return { raw: doc, from: version };
}
