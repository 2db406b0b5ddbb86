/** Step 9 of preparation: the overview for the political trade-off (the report's summary covers it). */
import { defineStep } from '../types';

export const reviewStep = defineStep({ id: 'review', phase: 'preparation' });
