/**
 * Another participant's caret in a clause. The name is drawn by CSS from `data-name` rather than as
 * text, so that it never becomes part of the clause's text content (copying, tests, screen readers).
 */
export function renderCaret(user: Readonly<Record<string, unknown>>): HTMLElement {
  const name = typeof user.name === 'string' && user.name.trim() !== '' ? user.name : 'Anonymous';
  const color = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.dataset.name = name;
  caret.append(label);
  return caret;
}
