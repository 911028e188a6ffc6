// Builds the workbench page with the project's own webpack config, in development mode with
// `--env workbench`, into a folder of the caller's choice.

import { join } from 'node:path';
import webpack, { type Configuration } from 'webpack';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: 'production' | 'development' },
) => Promise<Configuration>;

const ROOT = join(__dirname, '..', '..');

export async function buildWorkbench(outputDir: string): Promise<void> {
  const factory = ((await import(join(ROOT, 'webpack.config.js'))) as { default: ConfigFactory })
    .default;
  const config = await factory({ workbench: true }, { mode: 'development' });
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config, output: { ...config.output, path: outputDir } }, (error, stats) => {
      if (error || !stats) reject(error ?? new Error('webpack returned no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    });
  });
}
