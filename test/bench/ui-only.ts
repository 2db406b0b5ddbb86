/**
 * `node --import tsx test/bench/ui-only.ts`: only the UI benchmarks (ui.ts with startup and ui-scale),
 * for re-measuring them without the whole bench.
 */
import { benchUi } from './ui';

for (const f of await benchUi())
  console.log(
    `${f.key}: ${f.value.toFixed(1)} ${f.unit}${f.baseline !== undefined ? ` (baseline ${f.baseline.toFixed(1)})` : ''} — ${f.label}`,
  );
