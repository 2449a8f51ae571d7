// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetUpdateStore, useUpdateStore } from '../../src/state/updateStore.ts';
import { UpdatePrompt } from '../../src/ui/UpdatePrompt.tsx';

describe('the update prompt', () => {
  beforeEach(() => resetUpdateStore());

  it('says nothing while no new version waits, but its live region is already there', () => {
    render(<UpdatePrompt />);
    const region = screen.getByRole('status', { name: 'App update' });
    expect(region).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers a waiting version in words from the catalogue, with Reload and Later', () => {
    render(<UpdatePrompt />);
    act(() => useUpdateStore.getState().offer(() => Promise.resolve()));
    const region = screen.getByRole('status', { name: 'App update' });
    expect(region).toHaveTextContent('A new version of Referral Explorer is ready.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
    // It never takes the focus from what the person is doing.
    expect(document.activeElement).toBe(document.body);
  });

  it('Reload hands the page to the new version, once, and the prompt goes', async () => {
    const activate = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt />);
    act(() => useUpdateStore.getState().offer(activate));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    });
    expect(activate).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });

  it('Later puts it aside without switching: the new version starts next time', () => {
    const activate = vi.fn(() => Promise.resolve());
    render(<UpdatePrompt />);
    act(() => useUpdateStore.getState().offer(activate));
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(activate).not.toHaveBeenCalled();
    expect(screen.getByRole('status', { name: 'App update' })).toBeEmptyDOMElement();
  });
});
