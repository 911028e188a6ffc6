// The task pane's entry point. For now the pane only tells the user how to use the ribbon
// buttons; the criteria editor and the target list arrive with the full pane.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../core/types';

type PaneState = 'starting' | 'ready' | 'outside-excel' | 'office-unavailable';

// Office.onReady never settles when office.js or its files are blocked, so the pane stops
// waiting after this long and says what to check.
const OFFICE_TIMEOUT_MS = 10_000;

const TEXT: Record<Lang, { name: string } & Record<PaneState, string>> = {
  en: {
    name: 'Propensity Navigator',
    starting: 'Starting…',
    ready:
      'Open a CloudAscent propensity report, then use the Propensity group on the Home tab: ' +
      'Target now filters and orders the accounts worth a call, Explain writes a reason next ' +
      'to each one, and Reset puts the sheet back as you downloaded it. Choosing your own ' +
      'criteria in this pane comes in a later version.',
    'outside-excel':
      'This page is the Propensity Navigator task pane. Open it from Excel: ' +
      'Home > Propensity > Navigator.',
    'office-unavailable':
      'Office did not finish loading. Check that appsforoffice.microsoft.com can be reached, ' +
      'then close and reopen this pane.',
  },
  'pt-BR': {
    name: 'Navegador de Propensão',
    starting: 'Iniciando…',
    ready:
      'Abra um relatório de propensão CloudAscent e use o grupo Propensão na guia Página ' +
      'Inicial: Segmentar agora filtra e ordena as contas que valem uma ligação, Explicar ' +
      'escreve um motivo ao lado de cada uma e Restaurar devolve a planilha como você a ' +
      'baixou. A escolha dos seus próprios critérios neste painel chega em uma versão futura.',
    'outside-excel':
      'Esta página é o painel do Navegador de Propensão. Abra-a no Excel: ' +
      'Página Inicial > Propensão > Navegador.',
    'office-unavailable':
      'O Office não terminou de carregar. Verifique se appsforoffice.microsoft.com está ' +
      'acessível e feche e reabra este painel.',
  },
};

function languageOf(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/** Resolves once Office is ready, outside Office, or after the timeout; never rejects. */
async function waitForOffice(): Promise<PaneState> {
  if (typeof Office === 'undefined') return 'office-unavailable';

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), OFFICE_TIMEOUT_MS);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === 'timeout') return 'office-unavailable';
    return info.host === Office.HostType.Excel ? 'ready' : 'outside-excel';
  } catch {
    return 'office-unavailable';
  } finally {
    clearTimeout(timer);
  }
}

function Pane() {
  const [state, setState] = useState<PaneState>('starting');
  const [lang, setLang] = useState<Lang>(languageOf(navigator.language));

  useEffect(() => {
    void waitForOffice().then((next) => {
      // Office's UI language wins over the browser's once Office has started.
      if (next === 'ready') setLang(languageOf(Office.context.displayLanguage));
      setState(next);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const text = TEXT[lang];
  return (
    <main style={{ padding: '16px 20px', maxWidth: 480 }}>
      <h1 style={{ fontSize: 20, fontWeight: 600, margin: '0 0 12px' }}>{text.name}</h1>
      <p role="status" style={{ margin: 0 }}>
        {text[state]}
      </p>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Pane />
  </StrictMode>,
);
