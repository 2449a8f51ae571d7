import { useSearchParams } from 'wouter';
import { HomePlan } from '../ui/HomePlan.tsx';
import '../ui/findings.css';
import '../ui/plan.css';

/** The client's home plan (`#/plan?p=<code>`): read-only, from the link alone. */
export function PlanPage() {
  const [params] = useSearchParams();
  return (
    <main className="app-main plan-page">
      <div className="plan-scroll">
        <HomePlan code={params.get('p') ?? ''} />
      </div>
    </main>
  );
}
