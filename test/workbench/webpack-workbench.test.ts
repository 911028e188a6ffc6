// The workbench is a development page only: webpack adds it with `--env workbench` in
// development mode, alone and without Office.js, and refuses it in a production build. (The
// production build test checks the built output has no trace of it.)

import { join } from 'node:path';
import type { Configuration, WebpackPluginInstance } from 'webpack';

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: 'production' | 'development' },
) => Promise<Configuration>;

async function factory(
  env: Record<string, unknown>,
  argv: { mode: 'production' | 'development' },
): Promise<Configuration> {
  const config = (await import(join(__dirname, '..', '..', 'webpack.config.js'))) as {
    default: ConfigFactory;
  };
  return config.default(env, argv);
}

interface HtmlPage {
  userOptions: { filename: string; templateParameters: { contentSecurityPolicy: string } };
}

function pages(config: Configuration): HtmlPage[] {
  return (config.plugins ?? []).filter(
    (plugin): plugin is WebpackPluginInstance & HtmlPage =>
      plugin?.constructor.name === 'HtmlWebpackPlugin',
  );
}

describe('workbench build', () => {
  it.each([
    ['production', {}],
    ['development', {}],
  ] as const)('leaves the workbench out of a %s build', async (mode, env) => {
    const config = await factory(env, { mode });
    expect(Object.keys(config.entry as object)).not.toContain('workbench');
    expect(pages(config).map((page) => page.userOptions.filename)).not.toContain('workbench.html');
  });

  it('refuses to put the workbench into a production build', async () => {
    await expect(factory({ workbench: true }, { mode: 'production' })).rejects.toThrow(
      /development/,
    );
  });

  it('builds the workbench page alone in workbench mode, allowing no remote script', async () => {
    const config = await factory({ workbench: true }, { mode: 'development' });
    const built = pages(config);

    expect(Object.keys(config.entry as object)).toEqual(['workbench']);
    expect(built.map((page) => page.userOptions.filename)).toEqual(['workbench.html']);
    const policy = built[0].userOptions.templateParameters.contentSecurityPolicy;
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/https?:/);
  });

  it('serves the workbench over plain http on the loopback address, port 3001', async () => {
    const config = (await factory(
      { workbench: true, WEBPACK_SERVE: true },
      { mode: 'development' },
    )) as Configuration & { devServer?: Record<string, unknown> };

    expect(config.devServer).toMatchObject({ host: '127.0.0.1', port: 3001, server: 'http' });
  });
});
