// Builds the add-in's two pages into dist/: the task pane (taskpane.html) and the function file
// the ribbon buttons run in (commands.html), plus the icons and the manifest.
//
//   npm run build       production bundle (minified); ADDIN_URL=https://host/path/ rewrites the
//                       manifest's https://localhost:3000/ URLs in dist/manifest.xml
//   npm run build:dev   development bundle with source maps
//   npm run dev-server  serves the development bundle on https://localhost:3000
//   npm run workbench   development only (--env workbench): builds workbench.html alone, the pane
//                       beside the in-memory Excel host, and serves it on http://127.0.0.1:3001
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const WORKBENCH_PORT = 3001;

// Office.js must come from Microsoft's CDN; it is the only remote script a page may load, and
// the pages call no server at all. Fluent UI (Griffel) and Office.js insert style elements at
// run time, which is why inline styles are allowed. The task pane parses report files in a web
// worker bundled with the add-in; worker-src says so (older WebViews would otherwise fall back
// to child-src or script-src).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// One entry per page. A page without `entry` gets no bundle of its own; message.html is the
// dialog in which the ribbon buttons say what they did.
const PAGES = [
  { name: 'taskpane', template: './src/taskpane/taskpane.html', entry: './src/taskpane/index.tsx' },
  {
    name: 'commands',
    template: './src/commands/commands.html',
    entry: './src/commands/commands.ts',
  },
  { name: 'message', template: './src/commands/message.html', entry: './src/commands/message.ts' },
];

// The workbench mocks Office instead of loading it, so its policy allows no remote script at all.
const WORKBENCH_PAGE = {
  name: 'workbench',
  template: './src/workbench/workbench.html',
  entry: './src/workbench/index.tsx',
  policy: CONTENT_SECURITY_POLICY.replace(' https://appsforoffice.microsoft.com', ''),
};

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const addinUrl = production ? productionUrl(process.env.ADDIN_URL) : undefined;
  // The workbench bundles the in-memory Excel host from test/: never part of a production build.
  const workbench = Boolean(env.workbench);
  if (workbench && production) throw new Error('The workbench is a development build only.');
  const pages = workbench ? [WORKBENCH_PAGE] : PAGES;

  return {
    mode: production ? 'production' : 'development',
    // Source maps go to separate files: eval-based maps would need 'unsafe-eval' in the CSP.
    devtool: production ? false : 'source-map',
    context: __dirname,
    entry: Object.fromEntries(pages.filter((p) => p.entry).map((p) => [p.name, p.entry])),
    output: {
      // A workbench built without serving goes to test-results/, ignored like dist/.
      path: path.resolve(__dirname, workbench ? 'test-results/workbench' : 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Type checking is `npm run typecheck`'s job; ES modules let webpack drop dead code.
          options: { transpileOnly: true, compilerOptions: { module: 'esnext' } },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: page.entry ? [page.name] : [],
            templateParameters: { contentSecurityPolicy: page.policy ?? CONTENT_SECURITY_POLICY },
          }),
      ),
      ...(workbench ? workbenchPlugins() : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              addinUrl ? content.toString().replaceAll(DEV_URL, addinUrl) : content,
          },
        ],
      }),
    ],
    // React alone is about 190 kB minified and Fluent UI adds several hundred more.
    performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    devServer: env.WEBPACK_SERVE ? await devServer(workbench) : undefined,
  };
};

/** The sample reports as static files under samples/, and their names for the page's list. */
function workbenchPlugins() {
  const names = fs.readdirSync(path.join(__dirname, 'samples')).filter((n) => n.endsWith('.csv'));
  return [
    new webpack.DefinePlugin({ WORKBENCH_SAMPLES: JSON.stringify(names.sort()) }),
    new CopyWebpackPlugin({ patterns: [{ from: 'samples/*.csv', to: 'samples/[name][ext]' }] }),
  ];
}

/** The production base URL from ADDIN_URL, with a trailing slash; undefined keeps localhost. */
function productionUrl(value) {
  if (!value) return undefined;
  if (!/^https:\/\/[^\s/]+/.test(value)) {
    throw new Error(`ADDIN_URL must be an https:// URL, got "${value}".`);
  }
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * Office only loads add-ins over trusted HTTPS. office-addin-dev-certs creates a localhost
 * certificate and, the first time, asks to trust its CA; it is loaded only when serving, so
 * builds never touch certificates.
 */
async function devServer(workbench) {
  // The workbench is opened in a plain browser tab, not by Office: plain http, loopback only.
  if (workbench) {
    return {
      host: '127.0.0.1',
      port: WORKBENCH_PORT,
      static: false,
      server: 'http',
      devMiddleware: { index: 'workbench.html' },
    };
  }
  const { getHttpsServerOptions } = require('office-addin-dev-certs');
  return {
    host: 'localhost',
    port: DEV_PORT,
    // Everything is served from webpack's output; there is no folder of extra static files.
    static: false,
    server: { type: 'https', options: await getHttpsServerOptions() },
  };
}
