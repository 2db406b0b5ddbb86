// The startup baseline: a bare React page built with the same tooling, marking "ready" the same way.
import { createRoot } from 'react-dom/client';

function Bare() {
  return (
    <main>
      <h1>Uw beoordelingen</h1>
      <button type="button">Nieuwe beoordeling</button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Bare />);
requestAnimationFrame(() => performance.mark('impactwijzer:ready'));
