// Excel reports colours as "#RRGGBB"; it also accepts a few HTML colour names.

import { hostError } from './errors';

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  pink: '#FFC0CB',
  purple: '#800080',
};

export function normalizeColor(input: unknown): string {
  if (typeof input !== 'string') throw hostError('InvalidArgument', 'Colours are strings.');
  const hex = /^#?([0-9a-f]{6})$/i.exec(input.trim());
  if (hex) return `#${hex[1].toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(input.trim());
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const named = NAMED[input.trim().toLowerCase()];
  if (named === undefined) throw hostError('InvalidArgument', `"${input}" is not a colour.`);
  return named;
}
