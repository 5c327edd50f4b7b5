// A WAI-ARIA menu button: Enter, Space or ↓ opens the menu on its first item, ↑ on its last;
// ↑ ↓ Home End move (wrapping), a letter jumps to the next item starting with it, Enter or
// Space chooses, Escape closes back onto the button, Tab or a click elsewhere closes it.
import { ChevronDown } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuChoice<T extends string> {
  id: T;
  label: string;
  /** The page (or value) in use now: marked, and spoken as current. */
  current?: boolean;
}

export function MenuButton<T extends string>({
  label,
  items,
  onChoose,
  className = '',
}: {
  label: string;
  items: readonly MenuChoice<T>[];
  onChoose: (id: T) => void;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const buttonId = useId();
  const menuId = useId();

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      const box = button.current?.parentElement;
      if (box && !box.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  function onButtonKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown') openAt(0);
    else if (e.key === 'ArrowUp') openAt(items.length - 1);
    else return;
    e.preventDefault();
  }

  function onMenuKeyDown(e: KeyboardEvent) {
    const last = items.length - 1;
    if (e.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
    else if (e.key === 'ArrowUp') setActive((i) => (i <= 0 ? last : i - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(last);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') return setOpen(false);
    else if (e.key.length === 1 && /\S/.test(e.key)) {
      const letter = e.key.toLowerCase();
      const order = [...items.slice(active + 1), ...items.slice(0, active + 1)];
      const next = order.find((item) => item.label.toLowerCase().startsWith(letter));
      if (next) setActive(items.indexOf(next));
    } else return;
    e.preventDefault();
  }

  return (
    <>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <ChevronDown aria-hidden="true" size="1em" />
      </button>
      {open ? (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className="menu"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, i) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={i === active ? 0 : -1}
                className="menu-item"
                aria-current={item.current ? 'page' : undefined}
                onClick={() => {
                  close();
                  onChoose(item.id);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
