// The message dialog's script: shows the text from its address and tells the button's handler
// when the user closes it.

import { readMessage, renderMessage } from './message-view';

void Office.onReady(() => {
  renderMessage(document, readMessage(location.search), () => {
    Office.context.ui.messageParent('close');
  });
});
