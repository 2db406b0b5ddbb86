/** Start-up of the built command: `impactwijzer --version` against bare `node -e 0` (goal: at most 3×). */
import { spawnSync } from 'node:child_process';
// @ts-expect-error: a plain JavaScript module without types
import { buildCli, CLI_BUNDLE } from '../../electron/build-cli.mjs';
import { timeMedian, type Figure } from './stats';

function spawnOk(args: string[]): void {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

export async function benchCli(): Promise<Figure[]> {
  await buildCli();
  const bare = await timeMedian(15, () => spawnOk(['-e', '0']));
  const version = await timeMedian(15, () => spawnOk([CLI_BUNDLE as string, '--version']));
  return [
    { key: 'node_bare_ms', label: 'node -e 0, whole process (the yardstick)', value: bare, unit: 'ms' },
    {
      key: 'cli_version_ms',
      label: 'impactwijzer --version (built dist-cli/impactwijzer.mjs), whole process',
      value: version,
      unit: 'ms',
      baseline: bare,
      goal: { maxRatio: 3 },
    },
  ];
}
