/** Measurements looked up per indicator: grouped once, so tables of 150 indicators stay linear. */
import type { Measurement } from '../model/document';

/** Each indicator's measurements, oldest first. */
export function measurementsByIndicator(measurements: readonly Measurement[]): Map<string, Measurement[]> {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = groups.get(m.indicatorId);
    if (list) list.push(m);
    else groups.set(m.indicatorId, [m]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  return groups;
}

/** Each indicator's most recent measurement. */
export function latestByIndicator(measurements: readonly Measurement[]): Map<string, Measurement> {
  const latest = new Map<string, Measurement>();
  for (const m of measurements) {
    const prev = latest.get(m.indicatorId);
    if (!prev || m.date >= prev.date) latest.set(m.indicatorId, m);
  }
  return latest;
}
