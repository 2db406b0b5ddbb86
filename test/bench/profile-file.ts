/** `node --import tsx test/bench/profile-file.ts <dir>`: the top frames of the `node --cpu-prof` profile(s) in a folder. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { topFrames } from './profile-top';

const dir = process.argv[2] ?? '.';
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  console.log(`${file}\n${topFrames(JSON.parse(readFileSync(join(dir, file), 'utf8')), 15)}`);
}
