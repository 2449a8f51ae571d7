import { useState } from 'react';
import { useSearchParams } from 'wouter';
import type { Plan } from '../domain/planLink.ts';
import { useHandoutStore } from '../state/handoutStore.ts';
import { formatDate } from '../state/i18n.ts';
import { Handout } from '../ui/Handout.tsx';
import { HandoutControls } from '../ui/HandoutControls.tsx';
import { HomePlan, usePlanReading } from '../ui/HomePlan.tsx';
import '../ui/findings.css';
import '../ui/plan.css';
import '../ui/handout.css';
import { useHandout } from './useHandout.ts';

const NO_PLAN: Plan = { points: [], areas: [], figure: 'male' };

/**
 * The client's home plan (`#/plan?p=<code>`): read-only, from the link alone, and the handout
 * it prints (its pictures are drawn only when "Print handout" is pressed: a phone opening the
 * plan does not download the 3D body for a print it may never make).
 */
export function PlanPage() {
  const [params] = useSearchParams();
  const code = params.get('p') ?? '';
  const reading = usePlanReading(code);
  const handout = useHandout(reading.ok ? reading.plan : NO_PLAN, false);
  const name = useHandoutStore((s) => s.names.plan ?? '');
  // The day the plan is printed: a link carries no date of its own.
  const [today] = useState(() => Date.now());
  return (
    <main className="app-main plan-page">
      <div className="plan-scroll">
        <HomePlan code={code}>
          <HandoutControls
            nameKey="plan"
            who="self"
            onPrint={() => void handout.print()}
            bodyAvailable={handout.bodyAvailable}
          />
        </HomePlan>
      </div>
      {handout.items.length > 0 && (
        <Handout
          items={handout.items}
          safety={handout.safety}
          pictures={handout.pictures}
          bodyAvailable={handout.bodyAvailable}
          name={name}
          date={formatDate(today, { day: 'numeric', month: 'long', year: 'numeric' })}
        />
      )}
    </main>
  );
}
