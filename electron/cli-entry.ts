/**
 * The first file of the built command (dist-cli/impactwijzer.mjs): `--version` alone is answered
 * here, without loading the commands; everything else goes to main() of electron/cli.ts.
 */
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { main } = await import('./cli');
  await main(argv);
}
