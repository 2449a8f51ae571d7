import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../state/i18n.ts';

/** The parts of the screen that fail on their own: the body, the panel beside it, a page. */
export type Area = 'body' | 'panel' | 'page';

interface AreaBoundaryProps {
  area: Area;
  children: ReactNode;
  /** When this changes (a new page, say), a failed area tries again by itself. */
  resetKey?: string;
  /** Told when the area fails (the app can, for instance, open the list when the body fails). */
  onError?: (error: unknown) => void;
  /** Told when the person asks to try again, before the area is drawn anew. */
  onRetry?: () => void;
}

interface AreaBoundaryState {
  failed: boolean;
  /** The code of the area could not be fetched: browsers keep that failure until a reload. */
  codeMissing: boolean;
  /** Bumped on every retry, so the area is mounted fresh (its state gone with the fault). */
  attempt: number;
}

/**
 * Keeps a fault in one part of the screen from taking the rest with it: the area shows what
 * happened and offers to try again or reload; everything outside it keeps working. The view is
 * in the address, so a reload loses nothing.
 */
export class AreaBoundary extends Component<AreaBoundaryProps, AreaBoundaryState> {
  override state: AreaBoundaryState = { failed: false, codeMissing: false, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<AreaBoundaryState> {
    return { failed: true, codeMissing: isMissingCode(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.area} area failed`, error, info.componentStack);
    this.props.onError?.(error);
  }

  override componentDidUpdate(previous: AreaBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.retry();
  }

  retry = (): void => {
    // A module that failed to arrive is never fetched again by the same page: reload instead.
    if (this.state.codeMissing) return window.location.reload();
    this.props.onRetry?.();
    this.setState((s) => ({ failed: false, codeMissing: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.failed) return <AreaFailed area={this.props.area} onRetry={this.retry} />;
    // A fragment keyed by the attempt: trying again mounts the children from scratch.
    return <AreaAttempt key={this.state.attempt}>{this.props.children}</AreaAttempt>;
  }
}

/** A lazily loaded chunk that did not arrive, in the words of Chromium, WebKit and Firefox. */
function isMissingCode(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|module script/i.test(
    message,
  );
}

function AreaAttempt({ children }: { children: ReactNode }) {
  return children;
}

function AreaFailed({ area, onRetry }: { area: Area; onRetry: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the message only if it was inside the area that failed (now gone).
  useEffect(() => {
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <div className={`area-failed area-failed-${area}`} role="alert" data-failed-area={area}>
      <h2 ref={heading} tabIndex={-1}>
        {t('failure.title', { area })}
      </h2>
      <p>{t('failure.text', { area })}</p>
      <div className="area-failed-actions">
        <button type="button" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('failure.reload')}
        </button>
      </div>
    </div>
  );
}
