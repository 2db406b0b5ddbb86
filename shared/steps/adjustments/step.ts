/** Step 4 of implementation: decisions to adjust, with their reasons and what they concern. */
import { defineStep } from '../types';

export const adjustmentsStep = defineStep({ id: 'adjustments', phase: 'implementation' });
