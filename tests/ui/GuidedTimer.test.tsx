// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuidedTimer } from '../../src/ui/GuidedTimer.tsx';

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('the guided timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down each hold, rests between rounds and finishes after the last round', () => {
    render(<GuidedTimer kind="pressure" rounds={2} holdChoices={[30, 45]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start guided pressure: 2 × 30 s' }));
    expect(screen.getByText('Press and hold: round 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('0:30')).toBeInTheDocument();
    advance(5_000);
    expect(screen.getByText('0:25')).toBeInTheDocument();
    advance(25_000);
    expect(screen.getByText('Rest: let go and breathe')).toBeInTheDocument();
    advance(10_000);
    expect(screen.getByText('Press and hold: round 2 of 2')).toBeInTheDocument();
    advance(30_000);
    expect(screen.getByText('Done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Again' })).toBeInTheDocument();
  });

  it('pauses and resumes without losing or gaining time', () => {
    render(<GuidedTimer kind="stretch" rounds={1} holdChoices={[30]} restSeconds={0} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start guided stretch: 1 × 30 s' }));
    advance(10_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByText('0:20')).toBeInTheDocument();
    advance(60_000);
    expect(screen.getByText('0:20')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    advance(5_000);
    expect(screen.getByText('0:15')).toBeInTheDocument();
  });

  it('lets the person choose a longer hold within the range', () => {
    render(<GuidedTimer kind="pressure" rounds={3} holdChoices={[30, 45, 60]} restSeconds={10} />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start guided pressure: 3 × 60 s' }));
    expect(screen.getByText('1:00')).toBeInTheDocument();
  });

  it('stops and returns to the start button', () => {
    render(<GuidedTimer kind="pressure" rounds={3} holdChoices={[30]} restSeconds={10} />);
    fireEvent.click(screen.getByRole('button', { name: /Start guided pressure/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(screen.getByRole('button', { name: /Start guided pressure/ })).toBeEnabled();
  });
});
