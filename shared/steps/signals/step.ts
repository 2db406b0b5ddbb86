/** Step 2 of implementation: is each indicator on course? (The report shows the signal beside the measurements.) */
import { defineStep } from '../types';

export const signalsStep = defineStep({ id: 'signals', phase: 'implementation' });
