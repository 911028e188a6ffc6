// The outcome of a step as a Fluent message bar: a title when it failed, the text, and any
// notices the adapter added (notes not supported, rows left out). Message bars in the pane are
// all multiline: the pane is narrow, and the single-line layout keeps re-measuring itself to
// decide when to wrap.

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { usePaneStyles } from './pane-styles';
import type { PaneMessage } from './use-report';

export function PaneMessageBar({ message }: { message: PaneMessage }) {
  const styles = usePaneStyles();
  const details = message.details ?? [];
  return (
    <MessageBar intent={message.intent} layout="multiline">
      <MessageBarBody>
        {message.title !== undefined && <MessageBarTitle>{message.title}</MessageBarTitle>}
        {message.text}
        {details.length > 0 && (
          <ul className={styles.list}>
            {details.map((detail, i) => (
              <li key={i}>{detail}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
