/** `node --import tsx test/bench/growth-only.ts`: only the growth curve of growth.ts, without the whole bench. */
import { benchGrowth } from './growth';

for (const f of await benchGrowth()) console.log(`${f.key}: ${f.value.toFixed(2)} ${f.unit} — ${f.label}`);
