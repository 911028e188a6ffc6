// The message dialog's content, from its address: a title, the text (one paragraph per line)
// and a Close button. Text is set as text, never as markup.

export interface MessageView {
  title: string;
  lines: string[];
  close: string;
  kind: 'success' | 'error';
  lang: string;
}

export function readMessage(search: string): MessageView {
  const params = new URLSearchParams(search);
  return {
    title: params.get('title') ?? '',
    lines: (params.get('text') ?? '').split('\n').filter((line) => line.trim() !== ''),
    close: params.get('close') ?? 'Close',
    kind: params.get('kind') === 'error' ? 'error' : 'success',
    lang: params.get('lang') ?? 'en',
  };
}

/** Fills the page; `onClose` runs when the user selects Close. */
export function renderMessage(doc: Document, view: MessageView, onClose: () => void): void {
  doc.documentElement.lang = view.lang;
  doc.title = view.title;
  const main = doc.createElement('main');
  main.className = view.kind;
  main.setAttribute('role', view.kind === 'error' ? 'alert' : 'status');
  const heading = doc.createElement('h1');
  heading.textContent = view.title;
  main.append(heading);
  for (const line of view.lines) {
    const paragraph = doc.createElement('p');
    paragraph.textContent = line;
    main.append(paragraph);
  }
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = view.close;
  button.addEventListener('click', onClose);
  main.append(button);
  doc.body.replaceChildren(main);
  button.focus();
}
