// The function file's script: registers the ribbon buttons Target now, Explain and Reset once
// Office is ready. Their logic lives in run-command.ts.

import { registerCommands } from './register-commands';

void Office.onReady(() => {
  registerCommands(
    Office,
    (batch) => Excel.run(batch),
    new URL('message.html', location.href).href,
  );
});
