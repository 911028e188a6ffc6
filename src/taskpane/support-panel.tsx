// Support: the diagnostic logging switch. Logging is off by default; a partner turns it on
// when their support contact asks, then reads the browser console.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/types';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { isLogLevel, LOG_LEVELS } from './logger';
import type { Logger, LogLevel } from './logger';

const LEVEL_KEYS: Readonly<Record<LogLevel, MessageKey>> = {
  off: 'log.off',
  error: 'log.error',
  warn: 'log.warn',
  info: 'log.info',
  debug: 'log.debug',
};

export interface SupportPanelProps {
  logger: Logger;
  lang: Lang;
}

export function SupportPanel({ logger, lang }: SupportPanelProps) {
  const [level, setLevel] = useState<LogLevel>(logger.level);
  const [kept, setKept] = useState(true);

  const change = (next: string) => {
    if (!isLogLevel(next)) return;
    logger.setLevel(next);
    setLevel(next);
    setKept(logger.levelKept);
    logger.info(`log level set to ${next}`);
  };

  const hint = kept
    ? t(lang, 'pane.support.hint')
    : `${t(lang, 'pane.support.hint')} ${t(lang, 'pane.support.notKept')}`;

  return (
    <Accordion collapsible>
      <AccordionItem value="support">
        <AccordionHeader as="h2">{t(lang, 'pane.support.heading')}</AccordionHeader>
        <AccordionPanel>
          <Field label={t(lang, 'pane.support.logLevel')} hint={hint}>
            <Select value={level} onChange={(_, data) => change(data.value)}>
              {LOG_LEVELS.map((option) => (
                <option key={option} value={option}>
                  {t(lang, LEVEL_KEYS[option])}
                </option>
              ))}
            </Select>
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
