// Import & export: backups of the planner, exports for the tools that publish and for calendar
// apps, and ideas in from a spreadsheet.
import { BackupsSection } from './BackupsSection';
import { ExportSection } from './ExportSection';
import { ImportIdeasSection } from './ImportIdeasSection';
import { ImportPlanSection } from './ImportPlanSection';
import './HandoffPage.css';

export function HandoffPage() {
  return (
    <section className="page handoff-page" aria-labelledby="handoff-title">
      <div className="page-head">
        <h1 id="handoff-title">Import, export and backups</h1>
      </div>
      <p className="page-lead">
        Nothing lost, easy hand-off: your planner is backed up on its own, and your posts go to the
        tools that publish them.
      </p>
      <ExportSection />
      <ImportIdeasSection />
      <BackupsSection />
      <ImportPlanSection />
    </section>
  );
}
