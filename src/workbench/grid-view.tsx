// The worksheet as a grid: column letters, row numbers as the sheet's, the header row kept in
// view, cluster colours as fills, and Excel's red corner on a cell with a note, which shows the
// note when the pointer rests on the cell.

import type { GridCell, GridRow, SheetView } from './sheet-view';

function Cell({ cell, header }: { cell: GridCell; header: boolean }) {
  const className = [
    header ? 'cell header' : 'cell',
    cell.fill !== null ? 'filled' : '',
    cell.bold ? 'bold' : '',
  ].join(' ');
  return (
    <td
      className={className}
      style={cell.fill !== null ? { backgroundColor: cell.fill } : undefined}
      data-fill={cell.fill ?? undefined}
      title={cell.note ?? undefined}
    >
      <span className="text">{cell.text}</span>
      {cell.note !== null && <span className="note" aria-hidden="true" />}
    </td>
  );
}

function Row({ row, header }: { row: GridRow; header: boolean }) {
  return (
    <tr className={header ? 'header-row' : undefined} data-row={row.number}>
      <th scope="row" className="row-number">
        {row.number}
      </th>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} header={header} />
      ))}
    </tr>
  );
}

export function GridView({ view }: { view: SheetView }) {
  const more = view.visibleCount - view.rows.length;
  return (
    <div className="grid-area">
      <p className="grid-status" role="status">
        {`${view.sheetName}: ${view.visibleCount} visible rows below the header`}
        {view.hiddenCount > 0 && `, ${view.hiddenCount} hidden`}
      </p>
      <div className="grid-scroll">
        <table className="grid" aria-label={`Worksheet ${view.sheetName}`}>
          <thead>
            <tr className="letters">
              <th className="corner" aria-label="Row" />
              {view.columns.map((column) => (
                <th key={column.index} scope="col">
                  {column.letter}
                </th>
              ))}
            </tr>
            {view.header !== undefined && <Row row={view.header} header />}
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <Row key={row.number} row={row} header={false} />
            ))}
          </tbody>
        </table>
        {more > 0 && <p className="grid-more">{`${more} more visible rows not shown`}</p>}
      </div>
    </div>
  );
}
