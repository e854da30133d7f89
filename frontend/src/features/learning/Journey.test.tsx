import { describe, expect, it } from 'vitest';
import { completionLabels, ownerLabels, progressStyle } from './lib';

describe('onboarding words', () => {
  it('names every way a step completes and every owner', () => {
    expect(Object.keys(completionLabels).sort()).toEqual(['CERTIFIED', 'COLLEAGUE_INVITED', 'DEAL_REGISTERED', 'MANUAL', 'PROFILE_COMPLETED']);
    expect(ownerLabels.CHANNEL_MANAGER).toBe('Channel manager');
  });

  it('keeps a progress bar inside 0–100%', () => {
    expect(progressStyle(-5).width).toBe('0%');
    expect(progressStyle(57).width).toBe('57%');
    expect(progressStyle(140).width).toBe('100%');
  });
});
