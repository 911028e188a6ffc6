// Adapter code calls Excel.run, reads enums such as Excel.FilterOn and asks
// Office.context.requirements.isSetSupported; @types/office-js only declares these, so tests
// install runtime stand-ins bound to one host and remove them afterwards.

import type { ExcelHost } from './create-workbook';
import { HostError } from './errors';
import { ExcelEnums, OfficeExtensionErrorCodes } from './office-enums';

type Globals = Record<string, unknown>;

/** Installs Excel, Office and OfficeExtension globals; returns a function that restores them. */
export function installOfficeGlobals(host: ExcelHost): () => void {
  const scope = globalThis as Globals;
  const previous = {
    Excel: scope.Excel,
    Office: scope.Office,
    OfficeExtension: scope.OfficeExtension,
  };
  scope.Excel = { ...ExcelEnums, run: host.run };
  scope.OfficeExtension = { Error: HostError, ErrorCodes: OfficeExtensionErrorCodes };
  scope.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady: async () => ({ host: 'Excel', platform: platformName(host) }),
    context: {
      requirements: host.requirements,
      displayLanguage: 'en-US',
      contentLanguage: 'en-US',
      platform: platformName(host),
      document: {
        get url() {
          return host.model.name;
        },
      },
    },
  };
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(scope, key);
      else scope[key] = value;
    }
  };
}

function platformName(host: ExcelHost): string {
  return host.engine.platform === 'web' ? 'OfficeOnline' : 'PC';
}
