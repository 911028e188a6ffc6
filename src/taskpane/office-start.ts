// What the pane needs from Office before it can show anything: whether Office is there at all,
// the user's display language and the light or dark theme.

import type { Lang } from '../core/types';
import { resolveLang } from '../i18n';

export type OfficeStart = 'ready' | 'outside-excel' | 'office-unavailable';

export type ThemeKind = 'light' | 'dark';

// Office.onReady never settles when office.js or its files are blocked, so the pane stops
// waiting after this long and says what to check.
export const OFFICE_TIMEOUT_MS = 10_000;

/** The parts of the `Office` global read here; a stand-in in tests. */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | null }>;
  HostType: { Excel: Office.HostType };
}

/** Resolves once Office is ready, outside Excel, or after the timeout; never rejects. */
export async function waitForOffice(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_TIMEOUT_MS,
): Promise<OfficeStart> {
  if (office === undefined) return 'office-unavailable';

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return 'office-unavailable';
    return info.host === office.HostType.Excel ? 'ready' : 'outside-excel';
  } catch {
    return 'office-unavailable';
  } finally {
    clearTimeout(timer);
  }
}

/** Office's UI language when it has one, else the browser's. */
export function paneLanguage(displayLanguage: string | undefined, browser: string): Lang {
  return resolveLang(displayLanguage ?? browser);
}

const HEX_COLOUR = /^#?([0-9a-f]{6})$/i;

/**
 * Dark when Office paints the pane's background dark. Office gives the colour as `#RRGGBB`
 * (`officeTheme` is missing on some hosts and versions, which then count as light).
 */
export function themeFromBackground(colour: string | undefined): ThemeKind {
  const match = colour === undefined ? null : HEX_COLOUR.exec(colour.trim());
  if (match === null) return 'light';

  const value = parseInt(match[1], 16);
  const channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  // Mid-grey (#767676) sits near 0.18; anything darker reads as a dark theme.
  return luminance < 0.18 ? 'dark' : 'light';
}
