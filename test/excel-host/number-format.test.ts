// Range.text rendering: the number-format subset the host implements.

import { renderText } from './index';

describe('renderText', () => {
  it.each([
    [0, 'General', '0'],
    [1234567, 'General', '1234567'],
    [3.14159265358979, 'General', '3.141592654'],
    [0.1 + 0.2, 'General', '0.3'],
    [1e16, 'General', '1E+16'],
    [-123456789012345, 'General', '-1.23457E+14'],
    [1.5e-12, 'General', '1.5E-12'],
    [42, '@', '42'],
    [2.5, '0', '3'],
    [2.5, '0.00', '2.50'],
    [-2.5, '0.00', '-2.50'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [12345, '0.00E+00', '1.23E+04'],
    [7, '000', '007'],
    [1500, '"$"#,##0', '$1,500'],
    [-1500, '#,##0;(#,##0)', '(1,500)'],
    [0, '#,##0;-#,##0;"zero"', 'zero'],
    [45322, 'yyyy-mm-dd', '2024-01-31'],
    [45322, 'm/d/yyyy', '1/31/2024'],
    [45322, 'dd/mm/yyyy', '31/01/2024'],
    [45322, 'd-mmm-yy', '31-Jan-24'],
    [45322.75, 'yyyy-mm-dd hh:mm', '2024-01-31 18:00'],
    [60, 'yyyy-mm-dd', '1900-02-29'],
    [61, 'yyyy-mm-dd', '1900-03-01'],
  ])('renders %p with %p as %p', (value, format, text) => {
    expect(renderText(value, format)).toBe(text);
  });

  it.each([
    ['Act Now', '0.00', 'Act Now'],
    ['', 'General', ''],
    [true, 'General', 'TRUE'],
    ['x', '0;0;0;"<"@">"', '<x>'],
  ])('renders the non-number %p with %p as %p', (value, format, text) => {
    expect(renderText(value, format)).toBe(text);
  });
});
