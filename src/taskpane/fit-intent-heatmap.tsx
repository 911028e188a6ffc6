// The 4×4 Fit × Intent matrix of one product as a table: Fit bands in rows (High first),
// Intent bands in columns, each cell its segment code (A1 = High Fit, High Intent) and how many
// accounts sit there, darker for more.

import { Field, makeStyles, mergeClasses, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { segmentCode } from '../core/bands';
import type { Band, Lang } from '../core/types';
import type { SheetReport } from '../excel/types';
import { bandLabel, formatWhole, t } from '../i18n';
import { usePaneStyles } from './pane-styles';
import { accountsText } from './pane-text';

const BANDS: readonly Band[] = ['High', 'Medium', 'Low', 'Very Low'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'separate', borderSpacing: '2px', width: '100%', tableLayout: 'fixed' },
  header: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: tokens.spacingHorizontalXXS,
    textAlign: 'center',
  },
  rowHeader: { textAlign: 'start' },
  caption: { textAlign: 'start', captionSide: 'top' },
  // Read by screen readers, hidden on screen: the visible column header is the band alone so
  // that four of them fit a narrow pane without wrapping.
  offscreen: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  cell: {
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXS} 0`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  code: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  level0: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
  },
  level1: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  level2: {
    backgroundColor: tokens.colorBrandBackground2Pressed,
    color: tokens.colorNeutralForeground1,
  },
  level3: {
    backgroundColor: tokens.colorBrandBackgroundHover,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  level4: {
    backgroundColor: tokens.colorBrandBackgroundPressed,
    color: tokens.colorNeutralForegroundOnBrand,
  },
});

/** 0 for an empty cell, then 1..4 by the share of the largest cell. */
export function heatLevel(count: number, largest: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || largest <= 0) return 0;
  return (1 + Math.min(3, Math.floor((4 * count) / largest - 1e-9))) as 1 | 2 | 3 | 4;
}

export interface FitIntentHeatmapProps {
  report: SheetReport;
  /** The product shown first: the one the user targets. */
  preferredProduct: string | undefined;
  lang: Lang;
}

export function FitIntentHeatmap({ report, preferredProduct, lang }: FitIntentHeatmapProps) {
  const styles = usePaneStyles();
  const own = useStyles();
  const products = Object.keys(report.analysis.matrix);
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const product = [picked, preferredProduct, products[0]].find(
    (name) => name !== undefined && products.includes(name),
  );
  const levels = [own.level0, own.level1, own.level2, own.level3, own.level4];

  if (product === undefined) {
    return (
      <div className={own.root}>
        <h3 className={styles.subheading}>{t(lang, 'pane.heatmap.heading')}</h3>
        <span className={styles.hint}>{t(lang, 'pane.heatmap.none')}</span>
      </div>
    );
  }

  const matrix = report.analysis.matrix[product];
  const largest = Math.max(0, ...matrix.flat());

  return (
    <div className={own.root}>
      <h3 className={styles.subheading}>{t(lang, 'pane.heatmap.heading')}</h3>
      {products.length > 1 && (
        <Field label={t(lang, 'pane.heatmap.product')}>
          <Select value={product} onChange={(_, data) => setPicked(data.value)}>
            {products.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <table className={own.table}>
        <caption className={mergeClasses(styles.hint, own.caption)}>
          {t(lang, 'pane.heatmap.caption', { product })}
        </caption>
        <thead>
          <tr>
            <td />
            {BANDS.map((intent) => (
              <th key={intent} scope="col" className={own.header}>
                <span className={own.offscreen}>{t(lang, 'pane.heatmap.intentAxis')} </span>
                {bandLabel(intent, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {BANDS.map((fit, f) => (
            <tr key={fit}>
              <th scope="row" className={mergeClasses(own.header, own.rowHeader)}>
                {t(lang, 'pane.heatmap.fit', { band: bandLabel(fit, lang) })}
              </th>
              {BANDS.map((intent, i) => {
                const count = matrix[f][i];
                const code = segmentCode(fit, intent);
                const label = t(lang, 'pane.heatmap.cell', {
                  code,
                  fit: bandLabel(fit, lang),
                  intent: bandLabel(intent, lang),
                  accounts: accountsText(count, lang),
                });
                return (
                  <td
                    key={intent}
                    aria-label={label}
                    className={mergeClasses(own.cell, levels[heatLevel(count, largest)])}
                  >
                    <span className={own.code}>{code}</span>
                    {formatWhole(count, lang)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
