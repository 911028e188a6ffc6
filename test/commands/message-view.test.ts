/** @jest-environment jsdom */
// The message dialog page: what the address says, shown as plain text, with a Close button.

import { readMessage, renderMessage } from '../../src/commands/message-view';

describe('the message dialog', () => {
  it('shows the title, one paragraph per line and a Close button that reports back', () => {
    const search = new URLSearchParams({
      lang: 'pt-BR',
      kind: 'error',
      title: 'Não deu certo',
      text: 'A planilha está protegida.\n\n<b>Desproteja</b> e tente de novo.',
      close: 'Fechar',
    }).toString();
    const onClose = jest.fn();
    renderMessage(document, readMessage(`?${search}`), onClose);

    expect(document.documentElement.lang).toBe('pt-BR');
    expect(document.querySelector('main')?.getAttribute('role')).toBe('alert');
    expect(document.querySelector('h1')?.textContent).toBe('Não deu certo');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'A planilha está protegida.',
      '<b>Desproteja</b> e tente de novo.',
    ]);
    expect(document.querySelector('b')).toBeNull();
    const button = document.querySelector('button');
    expect(button?.textContent).toBe('Fechar');
    expect(document.activeElement).toBe(button);
    button?.click();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('reads a success message as a status, with defaults for what is missing', () => {
    expect(readMessage('?title=Done&kind=success')).toEqual({
      title: 'Done',
      lines: [],
      close: 'Close',
      kind: 'success',
      lang: 'en',
    });
  });
});
