export { createWorkbook } from './create-workbook';
export type { ExcelHost, SheetSpec, WorkbookOptions } from './create-workbook';
export { EXCEL_ON_THE_WEB_LIMITS } from './engine';
export type { HostLimits, HostPlatform } from './engine';
export { HostError, isHostError } from './errors';
export type { HostErrorCode } from './errors';
export {
  cellAppearance,
  hashSheet,
  hiddenRowNumbers,
  setSheetProtected,
  setWorkbookName,
  sheetTexts,
  sheetValues,
  snapshot,
  visibleRows,
} from './inspect';
export type { CellAppearance } from './inspect';
export { installOfficeGlobals } from './install-globals';
export { ExcelEnums } from './office-enums';
export { renderText } from './number-format';
export type { CellValue } from './number-format';
export { storeInput } from './cell-input';
export type { FillMode } from './sheet-data';
export type { HostStats, SyncRecord } from './stats';
