/** A negative effect of the preferred option names no group that bears it ("Niemand" or an empty name is no group). */
import { themeOf } from '../../framework/framework';
import { groupsOf } from '../groups';
import { preferredEffects } from '../effects';
import { defineRule } from './types';

export const negativeWithoutGroup = defineRule({
  id: 'negative-without-group',
  severity: 'high',
  phase: 'preparation',
  step: 'effects',
  field: 'groups',
  message: 'findings.negative-without-group',
  applies: (doc) =>
    preferredEffects(doc)
      .filter((e) => (e.direction ?? 0) < 0 && groupsOf(doc, e).length === 0)
      .map((e) => ({ itemId: e.id, key: e.id, params: { theme: themeOf(e.theme).name } })),
});
