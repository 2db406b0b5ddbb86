#!/usr/bin/env node
// The `impactwijzer` command: runs electron/cli.ts on plain Node (TypeScript through tsx).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
await main(process.argv.slice(2));
