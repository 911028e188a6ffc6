/** @jest-environment jsdom */
// The add-in's logger: off by default, a level switchable for support and kept across reopening,
// and no failure when the browser blocks storage.

import { createLogger, LOG_LEVEL_KEY } from '../../src/taskpane/logger';
import type { LogLevel, LogSink } from '../../src/taskpane/logger';

function recorder(): { sink: LogSink; lines: string[] } {
  const lines: string[] = [];
  const at =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push([level, ...args.map(String)].join(' '));
  return {
    sink: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') },
    lines,
  };
}

function writeAll(logger: ReturnType<typeof createLogger>): void {
  logger.error('e');
  logger.warn('w');
  logger.info('i');
  logger.debug('d');
}

beforeEach(() => localStorage.clear());

describe('the logger', () => {
  it('writes nothing until a level is chosen', () => {
    const { sink, lines } = recorder();
    const logger = createLogger({ storage: () => localStorage, sink });

    writeAll(logger);

    expect(logger.level).toBe('off');
    expect(lines).toEqual([]);
  });

  it.each([
    ['error', ['error [Propensity Navigator] e']],
    ['warn', ['error [Propensity Navigator] e', 'warn [Propensity Navigator] w']],
    [
      'info',
      [
        'error [Propensity Navigator] e',
        'warn [Propensity Navigator] w',
        'info [Propensity Navigator] i',
      ],
    ],
    [
      'debug',
      [
        'error [Propensity Navigator] e',
        'warn [Propensity Navigator] w',
        'info [Propensity Navigator] i',
        'debug [Propensity Navigator] d',
      ],
    ],
  ] as [LogLevel, string[]][])(
    'at %s writes that level and the more severe ones',
    (level, expected) => {
      const { sink, lines } = recorder();
      const logger = createLogger({ storage: () => localStorage, sink });

      logger.setLevel(level);
      writeAll(logger);

      expect(lines).toEqual(expected);
    },
  );

  it('passes details along after the message', () => {
    const { sink, lines } = recorder();
    const logger = createLogger({ sink });
    logger.setLevel('error');

    logger.error('apply failed', new Error('boom'));

    expect(lines).toEqual(['error [Propensity Navigator] apply failed Error: boom']);
  });

  it('keeps the chosen level for the next time the pane opens', () => {
    createLogger({ storage: () => localStorage }).setLevel('info');

    const reopened = createLogger({ storage: () => localStorage });

    expect(localStorage.getItem(LOG_LEVEL_KEY)).toBe('info');
    expect(reopened.level).toBe('info');
    expect(reopened.levelKept).toBe(true);
  });

  it('ignores a stored value that is not a level', () => {
    localStorage.setItem(LOG_LEVEL_KEY, 'verbose');

    expect(createLogger({ storage: () => localStorage }).level).toBe('off');
  });

  it('works without storage when the browser blocks it, and says the level is not kept', () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const { sink, lines } = recorder();
    const logger = createLogger({ storage: blocked, sink });

    logger.setLevel('warn');
    logger.warn('still written');

    expect(logger.level).toBe('warn');
    expect(logger.levelKept).toBe(false);
    expect(lines).toEqual(['warn [Propensity Navigator] still written']);
  });
});
