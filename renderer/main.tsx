/**
 * The renderer's entry. The start screen's backend calls are already under way (start-calls.ts,
 * the page's first script); boot.tsx makes the stores, reads their answers and renders.
 */
import { boot } from './boot';
import { pending } from './start-calls';
import './styles.css';
import './a11y.css';

void boot(pending);
