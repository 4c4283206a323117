/**
 * The menu of a row's actions: a button that opens a list of buttons in a popover (the top
 * layer, so that the table's scrolling box does not clip it), placed under the button, or
 * above it when there is no room below.
 *
 * Keyboard: the first action gets focus; the arrows, Home and End move; Escape closes and
 * gives focus back to the button; Tab closes and goes on from the button. A click elsewhere
 * closes it. The host renders the popover (an element with `popover="manual"` whose actions
 * carry the part `row-menu-item`) and calls `onKeydown` from it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface OpenMenu<T> {
  item: T;
  invoker: HTMLElement;
}

const MARGIN = 4;

export class RowMenuController<T> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly popover: () => HTMLElement | null;
  private current: OpenMenu<T> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, popover: () => HTMLElement | null) {
    this.host = host;
    this.popover = popover;
    host.addController(this);
  }

  /** What the menu is open for, if it is. */
  get open(): OpenMenu<T> | undefined {
    return this.current;
  }

  hostDisconnected(): void {
    this.close(false);
  }

  /** Opens the menu of `item` under `invoker`, or closes it when it is already open for it. */
  async toggle(item: T, invoker: HTMLElement): Promise<void> {
    if (this.current?.invoker === invoker) {
      this.close(true);
      return;
    }
    this.close(false);
    this.current = { item, invoker };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const popover = this.popover();
    if (!popover || this.current?.invoker !== invoker) return;
    popover.showPopover();
    this.place();
    this.items()[0]?.focus();
    document.addEventListener('pointerdown', this.onPointerDown, true);
    window.addEventListener('scroll', this.place, true);
    window.addEventListener('resize', this.place);
  }

  /** Closes the menu; `returnFocus` puts focus back on the button that opened it. */
  close(returnFocus: boolean): void {
    const closed = this.current;
    if (!closed) return;
    this.current = undefined;
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    window.removeEventListener('scroll', this.place, true);
    window.removeEventListener('resize', this.place);
    const popover = this.popover();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
    if (returnFocus && closed.invoker.isConnected) closed.invoker.focus();
  }

  readonly onKeydown = (event: KeyboardEvent): void => {
    const items = this.items();
    const index = items.indexOf(this.host.shadowRoot?.activeElement as HTMLButtonElement);
    const go = (i: number) => {
      event.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        this.close(true);
        break;
      case 'Tab':
        // Back on the button, so that the browser moves on from the row, not from the end of the widget.
        this.close(true);
        break;
      case 'ArrowDown':
        go(index + 1);
        break;
      case 'ArrowUp':
        go(index - 1);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(items.length - 1);
        break;
    }
  };

  private items(): HTMLButtonElement[] {
    return [...(this.popover()?.querySelectorAll<HTMLButtonElement>('[part~="row-menu-item"]') ?? [])];
  }

  private readonly place = (): void => {
    const popover = this.popover();
    if (!this.current || !popover) return;
    const anchor = this.current.invoker.getBoundingClientRect();
    const box = popover.getBoundingClientRect();
    let top = anchor.bottom + MARGIN;
    if (top + box.height > window.innerHeight - MARGIN && anchor.top - box.height - MARGIN > MARGIN) top = anchor.top - box.height - MARGIN;
    const left = Math.max(MARGIN, Math.min(anchor.right - box.width, window.innerWidth - box.width - MARGIN));
    popover.style.top = `${Math.round(top)}px`;
    popover.style.left = `${Math.round(left)}px`;
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const popover = this.popover();
    if (!this.current || (popover && path.includes(popover)) || path.includes(this.current.invoker)) return;
    this.close(false);
  };
}
