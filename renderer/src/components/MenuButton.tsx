/**
 * A button that opens a menu (the ARIA menu button pattern): Enter, Space or ↓ open it on the first
 * item, ↑ on the last; arrows, Home and End move; Escape closes it and gives focus back to the
 * button; Tab or a click elsewhere closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  /** Shown after the label, outside the item's name (e.g. a committee's number). */
  detail?: string;
  onSelect(): void;
}

interface Props {
  label: string;
  /** What the button shows (an icon, or text); the button is named by `label`. */
  children: ReactNode;
  items: MenuItem[];
  /** A heading inside the menu, for context (« Déplacer vers »). */
  heading?: string;
  className?: string;
  disabled?: boolean;
  /** Set on the button, to find it again after the list re-renders. */
  dataFocus?: string;
  title?: string;
}

export function MenuButton({ label, children, items, heading, className, disabled, dataFocus, title }: Props) {
  const menuId = useId();
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    const entries = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (entries && entries.length > 0) entries[open === 'first' ? 0 : entries.length - 1]!.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = entries.indexOf(document.activeElement as HTMLElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (index + 1) % entries.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + entries.length) % entries.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = entries.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      return close(true);
    } else if (event.key === 'Tab') return close(false);
    if (next >= 0) {
      event.preventDefault();
      entries[next]?.focus();
    }
  };

  return (
    <div className={`menu-anchor${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={label}
        title={title ?? label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        data-focus={dataFocus}
        onClick={() => setOpen((value) => (value ? null : 'first'))}
        onKeyDown={onButtonKeyDown}
      >
        {children}
      </button>
      {open && (
        <div className="menu-popover">
          {heading && (
            <p className="menu-heading" aria-hidden="true">
              {heading}
            </p>
          )}
          <ul ref={menu} id={menuId} role="menu" aria-label={heading ?? label} className="menu" onKeyDown={onMenuKeyDown}>
            {items.map((item) => (
              <li
                key={item.key}
                role="menuitem"
                tabIndex={-1}
                className="menu-item"
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    close(true);
                    item.onSelect();
                  }
                }}
              >
                {item.detail && (
                  <span className="menu-item-detail" aria-hidden="true">
                    {item.detail}
                  </span>
                )}
                <span>{item.label}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
